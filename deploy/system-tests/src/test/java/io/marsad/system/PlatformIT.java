package io.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.LocalPaths;
import io.marsad.local.LocalPlatform;
import io.marsad.local.LocalServers;
import io.marsad.local.demo.DemoNewsroom;
import io.marsad.local.demo.HeldClock;
import io.marsad.local.process.Ports;
import io.marsad.local.supervision.HealthProbe;
import io.marsad.local.supervision.PartStatus;
import io.marsad.local.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static io.marsad.local.testing.Eventually.waitFor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole local platform as {@code ./marsad up} runs it — servers, services, supervision, the demo
 * newsroom with its WebSub hub — started in this JVM on a home of its own, and a user's story
 * through it while things break: the newsroom publishes an article every few seconds; a
 * subscription of analyst2 alerts in real time, in the app and by webhook. Meanwhile enrichment is
 * SIGKILLed (the launcher's supervisor starts it again), then alerting, the webhook receiver is down
 * for a while and the news site answers 503 for over a minute. Then: every article published is
 * found through the search API exactly once, the outage showed on the sources' health, and every
 * story the subscription's query finds has exactly one alert, in the app and at the receiver
 * (by idempotency key, signed). Timings are measured by {@code ./marsad bench freshness}, not here.
 */
class PlatformIT {

    static final Duration EVERY = Duration.ofSeconds(4);
    static final String QUERY = "port OR harbour OR ميناء OR portuaire";
    static final String DEMO_SITES = "site:(127.0.0.1 OR 127.0.0.2 OR 127.0.0.3 OR 127.0.0.4)";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The launcher's console, written by its reader thread: copy-on-write, so that streaming it while it grows is safe. */
    static final List<String> console = new CopyOnWriteArrayList<>();
    static LocalPlatform platform;
    static DemoNewsroom newsroom;
    static HeldClock clock;
    static WebhookReceiver receiver;
    static String realm;
    /** When the search API last answered 503, and what it said: for a failure to tell "not found" from "not answering". */
    static volatile String lastUnavailable = "never";

    @BeforeAll
    static void startPlatform() throws IOException {
        Path home = Path.of("target", "platform-it").toAbsolutePath();
        LocalPaths.deleteTree(home);
        receiver = new WebhookReceiver(Ports.freeLoopbackPort());
        receiver.start();
        clock = HeldClock.now();
        Path root = Path.of(System.getProperty("marsad.root", "../..")).toAbsolutePath().normalize();
        platform = new LocalPlatform(new LocalPlatform.Options(new LocalPaths(home, LocalPaths.cacheFromEnvironment()), root, true,
            new LocalPlatform.Newsroom(0, clock, 0, EVERY),
            Map.of("alerting", Map.of("MARSAD_ALERTING_WEBHOOK_ALLOWED_HOSTS", receiver.url().replace("http://", "").replace("/hook", ""),
                "MARSAD_ALERTING_DELIVERY_RETRY_BASE", "2s")),
            line -> {
                console.add(line);
                System.out.println(line);
            }));
        platform.start(LocalServers.Timings.none());
        newsroom = platform.newsroom().orElseThrow();
        realm = platform.servers().keycloak().realmUrl().toString();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void fromPublicationToAlertThroughCrashesAndOutages() throws Exception {
        assertTrue(platform.demoSetUp().orElseThrow().startsWith("4 sources added"), platform.demoSetUp().orElseThrow());
        // polled at least once a minute, so the outage below meets a poll (pushes alone would not show it)
        for (JsonNode source : json(given().auth().oauth2(admin()).get(LocalPlatform.url("crawler") + "/api/sources?size=200").then().statusCode(200)
            .extract().asString()).path("items")) {
            Map<String, Object> settings = new LinkedHashMap<>(Map.of("name", source.path("name").asText(), "homepage", source.path("homepage").asText(),
                "feedUrls", list(source.path("feedUrls")), "sitemapUrls", list(source.path("sitemapUrls")), "sectionUrls", list(source.path("sectionUrls")),
                "languageHint", source.path("languageHint").asText(), "pollIntervalSeconds", 60, "minPollIntervalSeconds", 30, "enabled", true));
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(settings)
                .put(LocalPlatform.url("crawler") + "/api/sources/" + source.path("id").asLong()).then().statusCode(200);
        }
        JsonNode subscription = json(given().auth().oauth2(analyst()).contentType(ContentType.JSON)
            .body(Map.of("name", "Ports, as they happen", "query", QUERY, "mode", "realtime",
                "channels", Map.of("inApp", true, "webhook", Map.of("url", receiver.url()))))
            .post(LocalPlatform.url("alerting") + "/api/subscriptions").then().statusCode(201).extract().asString());
        String secret = subscription.path("channels").path("webhook").path("secret").asText();
        assertTrue(secret.length() >= 32);

        clock.release(); // the newsroom starts publishing now
        waitFor(() -> demoArticles(analyst()).size() >= 3, Duration.ofMinutes(2), "the first articles searchable");

        crash("enrichment");
        waitFor(() -> demoArticles(analyst()).size() >= newsroom.publishedArticles().size() - 2, Duration.ofMinutes(1), "indexing going on after enrichment's restart");
        crash("alerting");

        receiver.stop();
        Thread.sleep(15_000);
        receiver.start();

        newsroom.down(true);
        waitFor(() -> outageShown(), Duration.ofSeconds(90), "a source's health showing the 503s");
        newsroom.down(false);
        Instant end = clock.instant().plus(EVERY.multipliedBy(2));
        waitFor(() -> clock.instant().isAfter(end), Duration.ofSeconds(30), "the last articles published");

        // every article published by then found through the search API, exactly once
        List<DemoNewsroom.Published> published = newsroom.publishedArticles().stream().filter(article -> !article.publishedAt().isAfter(end)).toList();
        assertTrue(published.size() >= 15, "articles published during the test: " + published.size());
        waitFor(() -> foundByUrl(demoArticles(analyst())).keySet().containsAll(urls(published)), Duration.ofMinutes(3),
            () -> "every published article searchable; " + unsearchable(urls(published)));
        Map<String, List<JsonNode>> found = foundByUrl(demoArticles(analyst()));
        for (DemoNewsroom.Published article : published) {
            assertEquals(1, found.get(article.url()).size(), "indexed once: " + article.url());
        }

        // every story the query finds (among those articles) has one alert, in the app and at the receiver
        Set<String> publishedUrls = new HashSet<>(urls(published));
        Set<String> dueStories = searchAll(analyst(), QUERY).stream().filter(article -> publishedUrls.contains(article.path("url").asText()))
            .map(article -> article.path("storyId").asText()).collect(Collectors.toSet());
        assertTrue(dueStories.size() >= 5, "stories due an alert: " + dueStories.size());
        waitFor(() -> alertedStories(analyst()).keySet().containsAll(dueStories), Duration.ofMinutes(2),
            () -> "an alert for every due story in the app; " + unalerted(dueStories));
        Map<String, List<String>> alerts = alertedStories(analyst());
        for (String story : dueStories) {
            assertEquals(1, alerts.get(story).size(), "one alert for story " + story + ": " + alerts.get(story));
        }
        Set<String> dueKeys = dueStories.stream().map(story -> "marsad-alert-" + alerts.get(story).getFirst()).collect(Collectors.toSet());
        waitFor(() -> receiver.accepted().stream().map(WebhookReceiver.Delivery::idempotencyKey).collect(Collectors.toSet()).containsAll(dueKeys),
            Duration.ofMinutes(2), "every due alert at the webhook receiver");
        Map<String, List<WebhookReceiver.Delivery>> byKey = receiver.accepted().stream()
            .collect(Collectors.groupingBy(WebhookReceiver.Delivery::idempotencyKey));
        for (String key : dueKeys) {
            List<WebhookReceiver.Delivery> copies = byKey.get(key);
            assertTrue(copies.stream().allMatch(delivery -> delivery.signedWith(secret)), "signed with the subscription's secret: " + key);
            assertEquals(1, copies.stream().map(delivery -> json(new String(delivery.body(), java.nio.charset.StandardCharsets.UTF_8))
                .path("alert").path("id").asText()).distinct().count(), "one alert behind one key: " + key);
        }
        assertTrue(console.stream().anyMatch(line -> line.contains("enrichment (pid ") && line.contains("killed by signal 9")), console::toString);
    }

    /** Tokens are fetched for each call: the test outlasts a token's lifetime. */
    private static String admin() {
        return Tokens.userToken(realm, Tokens.ADMIN);
    }

    private static String analyst() {
        return Tokens.userToken(realm, Tokens.OTHER_ANALYST);
    }

    /** SIGKILL, as a crash would; then the supervisor must notice, start it again, and see it healthy. */
    private static void crash(String service) throws InterruptedException {
        long pid = platform.part(service).pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        waitFor(() -> {
            PartStatus status = platform.supervisor().status().stream().filter(part -> part.name().equals(service)).findFirst().orElseThrow();
            return status.state().equals(PartStatus.RUNNING) && status.pid() != pid && status.restarts() >= 1;
        }, Duration.ofMinutes(2), service + " started again");
        assertNotEquals(pid, platform.part(service).pid());
        assertEquals("up", HealthProbe.check(platform.part(service).health()), service + " healthy again");
    }

    private static boolean outageShown() {
        JsonNode sources = json(given().auth().oauth2(admin()).get(LocalPlatform.url("crawler") + "/api/sources?size=200").then().extract().asString());
        for (JsonNode source : sources.path("items")) {
            JsonNode health = source.path("health");
            if (health.path("consecutiveFailures").asInt() >= 1 && health.path("lastError").asText().contains("503")) {
                return true;
            }
        }
        return false;
    }

    /** Every demo article the search API finds, through its cursor pages. */
    private static List<JsonNode> demoArticles(String token) {
        return searchAll(token, DEMO_SITES);
    }

    private static List<JsonNode> searchAll(String token, String query) {
        List<JsonNode> articles = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("q", query).queryParam("size", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var response = request.get(LocalPlatform.url("search") + "/api/search/articles");
            if (response.statusCode() == 503) {
                lastUnavailable = Instant.now() + ": " + response.asString();
                return List.of(); // Elasticsearch not ready (a new monthly index): nothing found yet
            }
            JsonNode page = json(response.then().statusCode(200).extract().asString());
            page.path("articles").forEach(articles::add);
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (cursor != null);
        return articles;
    }

    /** For a failure: the due stories no alert names, with their articles as the index has them now, and the stories alerts name. */
    private static String unalerted(Set<String> dueStories) {
        try {
            Set<String> alerted = alertedStories(analyst()).keySet();
            Set<String> missing = new LinkedHashSet<>(dueStories);
            missing.removeAll(alerted);
            String articles = searchAll(analyst(), QUERY).stream().filter(article -> missing.contains(article.path("storyId").asText()))
                .map(article -> article.path("storyId").asText() + " " + article.path("url").asText() + " published "
                    + article.path("publishedAt").asText())
                .collect(Collectors.joining(", "));
            return "no alert for stories " + missing + " (" + articles + "); the alerts name stories " + alerted;
        } catch (RuntimeException | AssertionError e) {
            return "the alerts could not be listed once more (" + e + ")";
        }
    }

    /**
     * For a failure to say: the published articles the search API does not find, and what the article
     * index itself holds under their canonical URLs (was it never indexed, or indexed but not found?).
     */
    private static String unsearchable(List<String> published) {
        Set<String> missing = new LinkedHashSet<>(published);
        try {
            missing.removeAll(foundByUrl(demoArticles(analyst())).keySet());
        } catch (RuntimeException | AssertionError e) {
            return "the search API could not be asked once more (" + e + "); its last 503: " + lastUnavailable;
        }
        String query = JSON.createObjectNode().set("query", JSON.createObjectNode().set("terms",
            JSON.createObjectNode().set("canonicalUrl", JSON.valueToTree(missing)))).toString();
        String indexed;
        try {
            indexed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    platform.servers().elasticsearch().url().resolve("/articles/_search?size=100&_source=url,canonicalUrl,site,publishedAt,language,storyId"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        } catch (IOException | InterruptedException e) {
            indexed = "(could not be asked: " + e + ")";
        }
        return "not found through the search API: " + missing + "; the article index under those canonical URLs: " + indexed
            + "; the search API's last 503: " + lastUnavailable + "; where each stopped: " + stagesReached(missing);
    }

    /**
     * For a failure to name the stage that lost an article: the crawler's frontier row for each URL (found? fetched? failing,
     * and when is it due again?), its row in the crawler's outbox (not yet accepted by enrichment), and enrichment's intake
     * row (accepted; indexed when?). The crawler's rows are matched by the URL's path, which normalisation leaves alone;
     * enrichment's by the article's id, as its payload is emptied once indexed.
     */
    private static String stagesReached(Set<String> urls) {
        StringBuilder out = new StringBuilder();
        for (String url : urls) {
            String path = URI.create(url).getRawPath();
            out.append("\n  ").append(url).append(": frontier ").append(rows("crawler",
                    "SELECT status, attempts, next_fetch_at, discovered_at, fetched_at, http_status, last_error FROM crawl_url WHERE url LIKE ?", "%" + path))
                .append("; crawler outbox ").append(rows("crawler",
                    "SELECT attempts, next_attempt_at, last_error FROM article_outbox WHERE url LIKE ?", "%" + path))
                .append("; enrichment intake ").append(rows("enrichment",
                    "SELECT received_at, indexed_at, index_name, attempts, last_error, lease_owner, lease_until FROM article_intake WHERE article_id = ?", articleId(url)));
        }
        return out.toString();
    }

    /** The crawler's id of a demo article, whose canonical URL is its address: SHA-256 of it, the first 128 bits in hex. */
    private static String articleId(String url) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(url.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rows(String database, String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(platform.servers().postgres().jdbcUrl(database), "postgres", "postgres");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        columns.add(result.getMetaData().getColumnName(column) + "=" + result.getString(column));
                    }
                    rows.add(String.join(" ", columns));
                }
            }
            return rows.isEmpty() ? "(none)" : rows.toString();
        } catch (SQLException e) {
            return "(could not be asked: " + e.getMessage() + ")";
        }
    }

    private static Map<String, List<JsonNode>> foundByUrl(List<JsonNode> articles) {
        return articles.stream().collect(Collectors.groupingBy(article -> article.path("url").asText()));
    }

    /** The user's in-app alerts: alert ids by story. */
    private static Map<String, List<String>> alertedStories(String token) {
        Map<String, List<String>> byStory = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode alerts = json(given().auth().oauth2(token).queryParam("page", page).queryParam("size", 100)
                .get(LocalPlatform.url("alerting") + "/api/alerts").then().statusCode(200).extract().asString());
            JsonNode items = alerts.has("items") ? alerts.path("items") : alerts;
            items.forEach(alert -> byStory.computeIfAbsent(alert.path("storyId").asText(), story -> new ArrayList<>()).add(alert.path("id").asText()));
            if (items.size() < 100) {
                return byStory;
            }
        }
    }

    private static List<String> urls(List<DemoNewsroom.Published> articles) {
        return articles.stream().map(DemoNewsroom.Published::url).toList();
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
