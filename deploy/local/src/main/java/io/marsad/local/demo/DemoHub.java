package io.marsad.local.demo;

import com.sun.net.httpserver.HttpExchange;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The demo newsroom's WebSub hub (W3C WebSub, 2018): subscribers ask at {@code POST /hub}; the hub
 * verifies their intent by calling back with a challenge, then pushes a topic's feed to them,
 * signed ({@code X-Hub-Signature: sha256=…}) with their secret, as soon as it lists a new article.
 * Pushes that fail are retried with a growing pause; a subscriber that answers 410 is dropped.
 */
final class DemoHub implements AutoCloseable {

    /** A topic's feed as it is now; {@code latest} changes when it lists a new article. */
    record FeedSnapshot(String contentType, String body, String latest) {}

    private record Subscriber(String callback, String secret, Instant leaseUntil) {}

    static final Duration LONGEST_LEASE = Duration.ofDays(10);
    private static final List<Duration> PUSH_RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(16));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String hubUrl;
    private final Map<String, Supplier<FeedSnapshot>> topics;
    private final Supplier<Boolean> siteUp;
    private final Clock clock;
    private final Map<String, Map<String, Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, String> latestPushed = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService work = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "demo-hub");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param topics  each feed's URL (the topic) and how to read it now
     * @param siteUp  false while the site is down: the hub, part of it, pushes nothing then
     */
    DemoHub(String hubUrl, Map<String, Supplier<FeedSnapshot>> topics, Supplier<Boolean> siteUp, Clock clock) {
        this.hubUrl = hubUrl;
        this.topics = Map.copyOf(topics);
        this.siteUp = siteUp;
        this.clock = clock;
        topics.forEach((topic, feed) -> latestPushed.put(topic, feed.get().latest()));
        work.scheduleWithFixedDelay(this::pushWhatIsNew, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** How many subscribers a topic has (verified and within their lease). */
    int subscribers(String topic) {
        Instant now = clock.instant();
        return (int) subscribers.getOrDefault(topic, Map.of()).values().stream().filter(s -> s.leaseUntil().isAfter(now)).count();
    }

    /** {@code POST /hub}: a subscription request, answered 202 and verified asynchronously. */
    void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 405, "POST a WebSub subscription request here.");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8));
        String mode = form.get("hub.mode");
        String topic = form.get("hub.topic");
        String callback = form.get("hub.callback");
        if (mode == null || topic == null || callback == null || !(mode.equals("subscribe") || mode.equals("unsubscribe"))) {
            respond(exchange, 400, "hub.mode (subscribe or unsubscribe), hub.topic and hub.callback are required.");
            return;
        }
        URI callbackUri;
        try {
            callbackUri = URI.create(callback);
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "hub.callback is not a URL.");
            return;
        }
        if (!"127.0.0.1".equals(callbackUri.getHost()) || !"http".equals(callbackUri.getScheme())) {
            respond(exchange, 400, "This demo hub calls back on http://127.0.0.1 only.");
            return;
        }
        String secret = form.get("hub.secret");
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= 200) {
            respond(exchange, 400, "hub.secret must be shorter than 200 bytes.");
            return;
        }
        Duration lease = leaseOf(form.get("hub.lease_seconds"));
        respond(exchange, 202, "");
        work.execute(() -> verify(mode, topic, callback, secret, lease));
    }

    private static Duration leaseOf(String requested) {
        try {
            long seconds = requested == null ? Duration.ofDays(1).toSeconds() : Long.parseLong(requested.trim());
            return Duration.ofSeconds(Math.max(60, Math.min(seconds, LONGEST_LEASE.toSeconds())));
        } catch (NumberFormatException e) {
            return Duration.ofDays(1);
        }
    }

    private void verify(String mode, String topic, String callback, String secret, Duration lease) {
        try {
            if (!topics.containsKey(topic)) {
                call(callback, Map.of("hub.mode", "denied", "hub.topic", topic, "hub.reason", "this hub serves the demo newsroom's feeds only"));
                return;
            }
            String challenge = HexFormat.of().formatHex(randomBytes());
            HttpResponse<String> answer = call(callback, Map.of("hub.mode", mode, "hub.topic", topic, "hub.challenge", challenge,
                "hub.lease_seconds", Long.toString(lease.toSeconds())));
            if (answer.statusCode() / 100 != 2 || !answer.body().equals(challenge)) {
                return; // the subscriber did not confirm: nothing changes
            }
            if (mode.equals("subscribe")) {
                subscribers.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                    .put(callback, new Subscriber(callback, secret, clock.instant().plus(lease)));
            } else {
                subscribers.getOrDefault(topic, new ConcurrentHashMap<>()).remove(callback);
            }
        } catch (IOException e) {
            // the subscriber is unreachable: it will ask again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> call(String callback, Map<String, String> query) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(callback).append(callback.contains("?") ? '&' : '?');
        query.forEach((name, value) -> uri.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        uri.setLength(uri.length() - 1);
        return http.send(HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** Every quarter second: a topic that lists a new article is pushed to its subscribers. */
    private void pushWhatIsNew() {
        if (!siteUp.get()) {
            return;
        }
        topics.forEach((topic, read) -> {
            FeedSnapshot feed = read.get();
            if (!feed.latest().equals(latestPushed.get(topic))) {
                latestPushed.put(topic, feed.latest());
                Instant now = clock.instant();
                subscribers.getOrDefault(topic, Map.of()).values().stream().filter(s -> s.leaseUntil().isAfter(now))
                    .forEach(subscriber -> push(topic, subscriber, feed, 0));
            }
        });
    }

    private void push(String topic, Subscriber subscriber, FeedSnapshot feed, int attempt) {
        work.execute(() -> {
            byte[] body = feed.body().getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscriber.callback())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", feed.contentType())
                .header("Link", "<" + hubUrl + ">; rel=\"hub\", <" + topic + ">; rel=\"self\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (subscriber.secret() != null) {
                request.header("X-Hub-Signature", "sha256=" + HexFormat.of().formatHex(hmacSha256(subscriber.secret(), body)));
            }
            int status;
            try {
                status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (status == 410) {
                subscribers.getOrDefault(topic, new ConcurrentHashMap<>()).remove(subscriber.callback());
            } else if (status / 100 != 2 && attempt < PUSH_RETRIES.size()) {
                work.schedule(() -> push(topic, subscriber, feed, attempt + 1), PUSH_RETRIES.get(attempt).toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    static byte[] hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        work.shutdownNow();
    }
}
