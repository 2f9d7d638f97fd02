package io.marsad.crawler.pipeline;

import io.marsad.crawler.repository.WebSubRepository;
import io.marsad.crawler.service.ListingPoller;
import io.marsad.crawler.service.SourceService;
import io.marsad.local.demo.DemoNewsroom;
import io.marsad.local.process.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.marsad.local.testing.Eventually.waitFor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WebSub against a real hub: the demo newsroom's, which publishes an article every 2 s (a sada
 * article every 8 s). A poll finds the hub in the feed, the crawler subscribes, the hub verifies by
 * calling back, and then pushes bring new articles into the frontier with no poll at all.
 */
@QuarkusTest
@TestProfile(WebSubTest.CallbackProfile.class)
class WebSubTest {

    /** The callback URL must name the port the service listens on, so the port is chosen here. */
    public static class CallbackProfile implements QuarkusTestProfile {
        static final int PORT = Ports.freeLoopbackPort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                "quarkus.http.test-port", Integer.toString(PORT),
                "marsad.crawler.websub-callback-url", "http://127.0.0.1:" + PORT,
                // the newsroom's outlets sit on 127.0.0.1–4
                "marsad.crawler.allowed-hosts", "127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4,localhost");
        }
    }

    static DemoNewsroom newsroom;

    @Inject
    SourceService sources;
    @Inject
    ListingPoller listings;
    @Inject
    WebSubRepository subscriptions;
    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startNewsroom() throws Exception {
        newsroom = DemoNewsroom.start(0, Clock.systemUTC(), 10, Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopNewsroom() {
        newsroom.close();
    }

    @Test
    void aFeedThatAnnouncesAHubIsSubscribedToAndItsPushesFillTheFrontier() throws Exception {
        DemoNewsroom.Source sada = newsroom.sources().getFirst();
        long sourceId = sources.create(new SourceService.SourceFields(sada.name(), sada.homepage(), List.of(sada.feed()), List.of(), List.of(),
            "ar", null, 3600, 3600, true)).id;
        listings.pollDueSources();
        WebSubRepository.Subscription subscription = subscriptions.find(sourceId, sada.feed()).orElseThrow(() -> new AssertionError("no subscription"));
        assertEquals(newsroom.hubUrl(), subscription.hub());
        waitFor(() -> state(sourceId, sada.feed()).equals(WebSubRepository.ACTIVE), Duration.ofSeconds(10), "the hub's verification");
        WebSubRepository.Subscription active = subscriptions.find(sourceId, sada.feed()).orElseThrow();
        assertTrue(active.leaseUntil().isAfter(java.time.Instant.now().plus(Duration.ofHours(23))), "the lease asked for, a day: " + active);

        int before = urls(sourceId);
        waitFor(() -> urls(sourceId) > before, Duration.ofSeconds(30), "a pushed article in the frontier, with no poll (the source polls hourly)");
        waitFor(() -> pushes(sourceId, sada.feed()) >= 1, Duration.ofSeconds(5), "the push counted");

        // the source's health shows the subscription, and nothing of its secret
        io.restassured.response.ValidatableResponse health = given().auth().oauth2(io.marsad.local.testing.Tokens.accessToken(io.marsad.local.testing.Tokens.ANALYST))
            .get("/api/sources/" + sourceId).then().statusCode(200);
        health.body("health.push[0].topic", equalTo(sada.feed())).body("health.push[0].hub", equalTo(newsroom.hubUrl()))
            .body("health.push[0].state", equalTo("active")).body("health.push[0].secret", org.hamcrest.Matchers.nullValue())
            .body("health.pollIntervalNowSeconds", equalTo(3600));
        assertTrue(!health.extract().asString().contains(active.secret()) && !health.extract().asString().contains(active.callbackKey()));

        // a push that is not signed with the secret changes nothing, and says nothing either
        String forged = "<rss version=\"2.0\"><channel><item><link>" + sada.homepage() + "forged-story</link></item></channel></rss>";
        given().contentType("application/rss+xml").header("X-Hub-Signature", "sha256=" + "00".repeat(32)).body(forged)
            .post("/websub/" + active.callbackKey()).then().statusCode(202);
        given().contentType("application/rss+xml").body(forged).post("/websub/" + active.callbackKey()).then().statusCode(202);
        assertEquals(0, count("SELECT count(*) FROM crawl_url WHERE url LIKE '%forged-story'"));

        // verification requests for someone else's topic, or an unknown callback, are refused
        given().queryParam("hub.mode", "subscribe").queryParam("hub.topic", "http://127.0.0.1:1/other.xml").queryParam("hub.challenge", "x")
            .get("/websub/" + active.callbackKey()).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/rss+xml").body(forged).post("/websub/no-such-key").then().statusCode(410)
            .contentType("application/problem+json").body("status", equalTo(410));

        // removing the source ends its subscription: the hub's next push is answered 410 and the hub drops it
        sources.delete(sourceId);
        assertTrue(subscriptions.find(sourceId, sada.feed()).isEmpty());
    }

    private String state(long sourceId, String topic) {
        try {
            return subscriptions.find(sourceId, topic).map(WebSubRepository.Subscription::state).orElse("none");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long pushes(long sourceId, String topic) {
        try {
            return subscriptions.find(sourceId, topic).map(WebSubRepository.Subscription::pushes).orElse(0L);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int urls(long sourceId) {
        return count("SELECT count(*) FROM crawl_url WHERE source_id = " + sourceId);
    }

    private int count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
