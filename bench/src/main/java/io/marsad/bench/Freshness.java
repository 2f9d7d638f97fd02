package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.marsad.local.LocalPaths;
import io.marsad.local.LocalPlatform;
import io.marsad.local.LocalServers;
import io.marsad.local.demo.DemoNewsroom;
import io.marsad.local.demo.HeldClock;
import io.marsad.local.demo.DemoSetup;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ./marsad bench freshness [minutes] [seconds between articles]}: the whole local platform as
 * {@code ./marsad up} runs it (its own home under target/), the demo newsroom publishing an article
 * every few seconds and pushing it through its WebSub hub, and a realtime subscription that alerts
 * on every demo article by webhook. For each article published, the time from its publication to
 * when the search API first finds it (polled every 250 ms, newest first) and to when its alert
 * reaches the webhook receiver here.
 */
public final class Freshness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String DEMO_SITES = "site:(127.0.0.1 OR 127.0.0.2 OR 127.0.0.3 OR 127.0.0.4)";

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Duration every = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 4);
        Path root = Path.of(System.getProperty("marsad.root", ".")).toAbsolutePath();
        Path home = root.resolve("bench/target/bench-freshness");
        LocalPaths.deleteTree(home);

        Map<String, Instant> alerted = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            Instant now = Instant.now();
            JsonNode alert = JSON.readTree(exchange.getRequestBody());
            alerted.putIfAbsent(alert.path("article").path("url").asText(), now);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String receiverAddress = "127.0.0.1:" + receiver.getAddress().getPort();

        HeldClock clock = HeldClock.now();
        try (LocalPlatform platform = new LocalPlatform(new LocalPlatform.Options(new LocalPaths(home, LocalPaths.cacheFromEnvironment()), root, true,
            new LocalPlatform.Newsroom(0, clock, 0, every), Map.of("alerting", Map.of("MARSAD_ALERTING_WEBHOOK_ALLOWED_HOSTS", receiverAddress)),
            System.out::println))) {
            platform.start(LocalServers.Timings.none());
            DemoNewsroom newsroom = platform.newsroom().orElseThrow();
            String realm = platform.servers().keycloak().realmUrl().toString();
            send("POST", LocalPlatform.url("alerting") + "/api/subscriptions", DemoSetup.token(realm, "analyst2"),
                Map.of("name", "Every demo article", "query", DEMO_SITES, "mode", "realtime",
                    "channels", Map.of("inApp", true, "webhook", Map.of("url", "http://" + receiverAddress + "/hook"))));

            // steady state: every outlet's feed pushed by the hub (the first polls subscribe), then the newsroom starts publishing
            String admin = DemoSetup.token(realm, "admin");
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (activePushes(admin) < newsroom.sources().size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the crawler did not subscribe to every demo feed within 3 minutes");
                }
                Thread.sleep(500);
            }
            clock.release();
            Instant end = Instant.now().plusMillis((long) (minutes * 60_000));
            Map<String, Instant> searchable = new ConcurrentHashMap<>();
            Map<String, String> stories = new ConcurrentHashMap<>();
            String token = DemoSetup.token(realm, "analyst2");
            Instant tokenAt = Instant.now();
            Instant settled = end.plusSeconds(60);
            while (Instant.now().isBefore(settled)) {
                if (Duration.between(tokenAt, Instant.now()).toSeconds() > 120) {
                    token = DemoSetup.token(realm, "analyst2");
                    tokenAt = Instant.now();
                }
                HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(LocalPlatform.url("search") + "/api/search/articles?size=50&q="
                    + URLEncoder.encode(DEMO_SITES, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
                Instant now = Instant.now();
                if (page.statusCode() == 200) {
                    JSON.readTree(page.body()).path("articles").forEach(article -> {
                        searchable.putIfAbsent(article.path("url").asText(), now);
                        stories.put(article.path("url").asText(), article.path("storyId").asText());
                    });
                }
                Thread.sleep(250);
            }

            Instant lastPublished = clock.instant().minus(Duration.between(end, settled));
            List<DemoNewsroom.Published> published = newsroom.publishedArticles().stream()
                .filter(article -> !article.publishedAt().isAfter(lastPublished)).toList();
            List<Double> toSearchable = new ArrayList<>();
            List<Double> toAlert = new ArrayList<>();
            for (DemoNewsroom.Published article : published) {
                Instant publishedAt = clock.wallTimeOf(article.publishedAt());
                if (searchable.containsKey(article.url())) {
                    toSearchable.add(Duration.between(publishedAt, searchable.get(article.url())).toMillis() / 1000.0);
                }
                if (alerted.containsKey(article.url())) {
                    toAlert.add(Duration.between(publishedAt, alerted.get(article.url())).toMillis() / 1000.0);
                }
            }
            System.out.printf(Locale.ROOT, "%nfreshness over %.1f min, an article every %d s (%d published, %d cores, Java %s):%n", minutes,
                every.toSeconds(), published.size(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            report("publish → searchable", toSearchable, published.size(), "publish-to-searchable");
            java.util.Set<String> storiesPublished = new java.util.HashSet<>();
            java.util.Set<String> storiesAlerted = new java.util.HashSet<>();
            for (DemoNewsroom.Published article : published) {
                String story = stories.getOrDefault(article.url(), article.url());
                storiesPublished.add(story);
                if (alerted.containsKey(article.url())) {
                    storiesAlerted.add(story);
                }
            }
            report("publish → alert (webhook)", toAlert, published.size(), "publish-to-alert");
            System.out.printf("  alerts reached the receiver for %d of the %d stories those articles tell (one alert per story)%n",
                storiesAlerted.size(), storiesPublished.size());
            System.out.println("(from when every outlet's feed is pushed by its hub; searchable: the search API polled every 250 ms, newest first;"
                + " an alert is raised once per story, later articles of a story attach to it)");
        } finally {
            receiver.stop(0);
        }
    }

    private static void report(String what, List<Double> seconds, int published, String key) {
        if (seconds.isEmpty()) {
            System.out.printf("  %-26s none of %d%n", what, published);
            return;
        }
        double p50 = SearchLatency.percentile(seconds, 50);
        double p95 = SearchLatency.percentile(seconds, 95);
        double max = seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf(Locale.ROOT, "  %-26s %d of %d: p50 %.1f s, p95 %.1f s, max %.1f s%n", what, seconds.size(), published, p50, p95, max);
        System.out.printf(Locale.ROOT, "bench-result: %s-p50-s=%.1f%nbench-result: %s-p95-s=%.1f%n", key, p50, key, p95);
    }

    /** How many demo sources the crawler has an active WebSub subscription for. */
    private static long activePushes(String adminToken) throws Exception {
        HttpResponse<String> sources = HTTP.send(HttpRequest.newBuilder(URI.create(LocalPlatform.url("crawler") + "/api/sources?size=200"))
            .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        long active = 0;
        for (JsonNode source : JSON.readTree(sources.body()).path("items")) {
            for (JsonNode push : source.path("health").path("push")) {
                if (push.path("state").asText().equals("active")) {
                    active++;
                    break;
                }
            }
        }
        return active;
    }

    private static void send(String method, String url, String token, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private Freshness() {}
}
