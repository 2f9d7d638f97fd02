package io.marsad.local.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo newsroom's WebSub hub, with a subscriber of the test's own on 127.0.0.1. */
class DemoHubTest {

    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DemoOutlet SADA = DemoOutlet.ALL.getFirst();

    private final DemoNewsroomTest.MovableClock clock = new DemoNewsroomTest.MovableClock(START);
    private final List<Map<String, String>> verifications = new CopyOnWriteArrayList<>();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private volatile int pushAnswer = 202;
    private DemoNewsroom site;
    private HttpServer subscriber;

    record Push(String body, String signature, String link, String contentType) {}

    @BeforeEach
    void start() throws IOException {
        site = DemoNewsroom.start(0, clock, 60, Duration.ofSeconds(20));
        subscriber = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        subscriber.createContext("/callback", this::callback);
        subscriber.start();
    }

    @AfterEach
    void stop() {
        subscriber.stop(0);
        site.close();
    }

    private void callback(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                verifications.add(query);
                byte[] challenge = query.getOrDefault("hub.challenge", "").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, challenge.length == 0 ? -1 : challenge.length);
                exchange.getResponseBody().write(challenge);
            } else {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                pushes.add(new Push(body, exchange.getRequestHeaders().getFirst("X-Hub-Signature"), exchange.getRequestHeaders().getFirst("Link"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
                exchange.sendResponseHeaders(pushAnswer, -1);
            }
        }
    }

    private String callbackUrl() {
        return "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/callback";
    }

    private String topic() {
        return site.url(SADA, SADA.feedPath());
    }

    private int subscribe(String topic, String secret) throws Exception {
        Map<String, String> form = new HashMap<>(Map.of("hub.mode", "subscribe", "hub.topic", topic, "hub.callback", callbackUrl(),
            "hub.lease_seconds", "3600"));
        if (secret != null) {
            form.put("hub.secret", secret);
        }
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return HTTP.send(HttpRequest.newBuilder(URI.create(site.hubUrl())).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private DemoArticle nextOf(DemoOutlet outlet) {
        return DemoSchedule.of(START, 60, 2000, Duration.ofSeconds(20), 20261130L).stream()
            .filter(article -> article.outlet().equals(outlet) && article.publishedAt().isAfter(clock.instant())).findFirst().orElseThrow();
    }

    @Test
    void theFeedsAnnounceTheHubAndTheirOwnUrl() throws Exception {
        HttpResponse<String> feed = HTTP.send(HttpRequest.newBuilder(URI.create(topic())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(feed.body().contains("<atom:link rel=\"hub\" href=\"" + site.hubUrl() + "\"/>"), feed.body());
        assertTrue(feed.body().contains("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"" + topic() + "\"/>"));
        assertEquals("<" + site.hubUrl() + ">; rel=\"hub\", <" + topic() + ">; rel=\"self\"", feed.headers().firstValue("Link").orElseThrow());
    }

    @Test
    void aVerifiedSubscriberGetsEachNewArticleSignedWithItsSecret() throws Exception {
        assertEquals(202, subscribe(topic(), "s3cret"));
        waitFor(() -> site.pushSubscribers(SADA) == 1, Duration.ofSeconds(10), "the subscription verified");
        Map<String, String> verification = verifications.getFirst();
        assertEquals("subscribe", verification.get("hub.mode"));
        assertEquals(topic(), verification.get("hub.topic"));
        assertEquals("3600", verification.get("hub.lease_seconds"));
        assertTrue(pushes.isEmpty(), "nothing new yet, nothing pushed");

        DemoArticle next = nextOf(SADA);
        clock.now = next.publishedAt();
        waitFor(() -> !pushes.isEmpty(), Duration.ofSeconds(10), "a push");
        Push push = pushes.getFirst();
        assertTrue(push.body().contains(site.url(SADA, next.path())), "the pushed feed lists the new article");
        assertEquals("sha256=" + HexFormat.of().formatHex(DemoHub.hmacSha256("s3cret", push.body().getBytes(StandardCharsets.UTF_8))), push.signature());
        assertTrue(push.link().contains("rel=\"self\"") && push.link().contains(topic()), push.link());
        assertTrue(push.contentType().startsWith("application/rss+xml"));
        Thread.sleep(600);
        assertEquals(1, pushes.size(), "one push per new article");
    }

    @Test
    void duringAnOutageNothingIsServedOrPushedAndAfterItTheNewsIs() throws Exception {
        subscribe(topic(), "s3cret");
        waitFor(() -> site.pushSubscribers(SADA) == 1, Duration.ofSeconds(10), "the subscription verified");
        site.down(true);
        DemoArticle next = nextOf(SADA);
        clock.now = next.publishedAt();
        HttpResponse<String> feed = HTTP.send(HttpRequest.newBuilder(URI.create(topic())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, feed.statusCode());
        assertEquals("30", feed.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(600);
        assertTrue(pushes.isEmpty());

        site.down(false);
        waitFor(() -> !pushes.isEmpty(), Duration.ofSeconds(10), "the push after the outage");
        assertTrue(pushes.getFirst().body().contains(site.url(SADA, next.path())));
    }

    @Test
    void aFailedPushIsRetriedAndA410EndsTheSubscription() throws Exception {
        subscribe(topic(), "s3cret");
        waitFor(() -> site.pushSubscribers(SADA) == 1, Duration.ofSeconds(10), "the subscription verified");
        pushAnswer = 500;
        clock.now = nextOf(SADA).publishedAt();
        waitFor(() -> pushes.size() >= 2, Duration.ofSeconds(10), "a retry after a 500");
        pushAnswer = 410;
        waitFor(() -> site.pushSubscribers(SADA) == 0, Duration.ofSeconds(15), "the subscriber dropped after 410");
    }

    @Test
    void unknownTopicsAreDeniedAndBadRequestsRefused() throws Exception {
        assertEquals(202, subscribe("http://127.0.0.1:1/not-a-demo-feed.xml", null));
        waitFor(() -> !verifications.isEmpty(), Duration.ofSeconds(10), "the denial");
        assertEquals("denied", verifications.getFirst().get("hub.mode"));
        assertTrue(verifications.getFirst().get("hub.reason").contains("demo newsroom"));

        int status = HTTP.send(HttpRequest.newBuilder(URI.create(site.hubUrl())).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("hub.mode=subscribe")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(400, status, "topic and callback missing");
        status = HTTP.send(HttpRequest.newBuilder(URI.create(site.hubUrl())).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("hub.mode=subscribe&hub.topic=" + URLEncoder.encode(topic(), StandardCharsets.UTF_8)
                + "&hub.callback=http%3A%2F%2F10.0.0.1%2Fcb")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(400, status, "the demo hub calls back on loopback only");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
