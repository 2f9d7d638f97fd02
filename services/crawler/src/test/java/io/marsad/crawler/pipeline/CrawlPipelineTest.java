package io.marsad.crawler.pipeline;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.crawler.fetch.FixtureSite;
import io.marsad.crawler.repository.FrontierRepository;
import io.marsad.crawler.repository.OutboxRepository;
import io.marsad.crawler.service.ArticleIds;
import io.marsad.crawler.service.ListingPoller;
import io.marsad.crawler.service.OutboxRelay;
import io.marsad.crawler.service.PageCrawler;
import io.marsad.local.testing.HandOffReceiver;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crawler end to end on the real PostgreSQL and Keycloak: a fixture news site on 127.0.0.1
 * (feed, sitemap, section page, robots.txt, a redirect, a missing page), the frontier, extraction,
 * the outbox, and the hand-off to a receiver that speaks the enrichment contract, switched off and
 * on again.
 */
@QuarkusTest
@QuarkusTestResource(HandOffReceiver.class)
class CrawlPipelineTest {

    static FixtureSite site;
    static final List<String> feedItems = new CopyOnWriteArrayList<>(List.of(
        "/world/2025/01/01/story-one", "/world/2025/01/02/story-two?utm_source=rss", "/private/2025/01/02/secret-story",
        "/world/2025/01/03/moved-story", "/world/2025/01/04/missing-story"));

    @Inject
    ListingPoller listings;
    @Inject
    PageCrawler pages;
    @Inject
    OutboxRelay relay;
    @Inject
    FrontierRepository frontier;
    @Inject
    OutboxRepository outbox;
    @Inject
    DataSource dataSource;
    @Inject
    io.marsad.crawler.repository.SharedHostTurns hostTurns;
    @ConfigProperty(name = "marsad.test.enrichment-receiver")
    String receiver;

    static String article(String title) {
        return "<html lang=\"ar\"><head><title>" + title + "</title><meta property=\"og:title\" content=\"" + title + "\">"
            + "<meta property=\"article:published_time\" content=\"2025-01-02T10:00:00+03:00\"></head><body><nav><a href=\"/\">الرئيسية</a></nav>"
            + "<article><h1>" + title + "</h1><p>التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في قاعدة فضائية في أقصى الشرق.</p>"
            + "<p>وقال مراقبون إن المحادثات قد تشمل التعاون العسكري والتقني بين البلدين، وسط قلق غربي متزايد.</p></article>"
            + "<aside class=\"related\"><p>خبر آخر لا علاقة له بالمقال ويجب ألا يظهر في النص المستخرج أبداً.</p></aside></body></html>";
    }

    @BeforeAll
    static void startSite() throws Exception {
        Map<String, HttpHandler> routes = new HashMap<>();
        routes.put("/robots.txt", exchange -> FixtureSite.respond(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)));
        routes.put("/rss.xml", exchange -> {
            if (("\"feed-" + feedItems.size() + "\"").equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureSite.respond(exchange, 304, null, new byte[0]);
                return;
            }
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture</title>");
            for (String item : feedItems) {
                rss.append("<item><title>").append(item).append("</title><link>").append(item.replace("&", "&amp;")).append("</link></item>");
            }
            rss.append("</channel></rss>");
            exchange.getResponseHeaders().set("ETag", "\"feed-" + feedItems.size() + "\"");
            FixtureSite.respond(exchange, 200, "application/rss+xml", rss.toString().getBytes(StandardCharsets.UTF_8));
        });
        routes.put("/sitemap.xml", exchange -> FixtureSite.respond(exchange, 200, "application/xml", ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>" + site.url("/world/2025/01/01/story-one") + "</loc></url>"
            + "<url><loc>" + site.url("/world/2025/01/05/sitemap-story") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)));
        routes.put("/world", FixtureSite.html("<html><body><a href=\"/world/2025/01/02/story-two\">two</a>"
            + "<a href=\"/world/2025/01/06/section-story\">six</a><a href=\"/tag/russia\">tag</a></body></html>"));
        for (String story : List.of("story-one", "story-two", "final-story", "sitemap-story", "section-story", "late-one", "late-two")) {
            routes.put("/world/2025/01/0" + (story.startsWith("late") ? "7" : "1") + "/" + story, FixtureSite.html(article(story)));
        }
        routes.put("/world/2025/01/02/story-two", FixtureSite.html(article("story-two")));
        routes.put("/world/2025/01/05/sitemap-story", FixtureSite.html(article("sitemap-story")));
        routes.put("/world/2025/01/06/section-story", FixtureSite.html(article("section-story")));
        routes.put("/world/2025/01/03/moved-story", FixtureSite.redirect("/world/2025/01/03/final-story"));
        routes.put("/world/2025/01/03/final-story", FixtureSite.html(article("final-story")));
        routes.put("/private/2025/01/02/secret-story", FixtureSite.html(article("secret")));
        // Misbehaving pages, listed by a second feed.
        byte[] bomb = FixtureSite.gzip(new byte[64 << 20]);
        routes.put("/bad/2025/01/09/gzip-bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureSite.respond(exchange, 200, "text/html", bomb);
        });
        routes.put("/bad/2025/01/09/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            FixtureSite.respond(exchange, 429, "text/plain", new byte[0]);
        });
        routes.put("/bad/2025/01/09/loop-a", FixtureSite.redirect("/bad/2025/01/09/loop-b"));
        routes.put("/bad/2025/01/09/loop-b", FixtureSite.redirect("/bad/2025/01/09/loop-a"));
        routes.put("/bad/2025/01/09/slow", exchange -> {
            try {
                Thread.sleep(4000); // past the 2 s read timeout of the test profile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureSite.respond(exchange, 200, "text/html", article("slow").getBytes(StandardCharsets.UTF_8));
        });
        // a page without article text (a video player and menus only): nothing to index
        routes.put("/bad/2025/01/09/video-only", FixtureSite.html("<html><head><title>Video</title></head><body><nav><a href=\"/\">Home</a>"
            + " <a href=\"/world\">World</a></nav><div class=\"player\" data-src=\"/v/1.mp4\"></div></body></html>"));
        routes.put("/bad/2025/01/09/picture", exchange -> FixtureSite.respond(exchange, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8}));
        routes.put("/bad/2025/01/09/cp1256-undeclared", exchange -> FixtureSite.respond(exchange, 200, "text/html",
            article("قصة بترميز قديم").getBytes(java.nio.charset.Charset.forName("windows-1256"))));
        routes.put("/bad/rss.xml", exchange -> FixtureSite.respond(exchange, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><title>bad & broken"
            // The busy page is linked through "localhost": its hour-long Retry-After holds that host name, not 127.0.0.1.
            + "<item><link>/bad/2025/01/09/gzip-bomb</link></item><item><link>" + site.urlViaLocalhost("/bad/2025/01/09/busy") + "</link></item>"
            + "<item><link>/bad/2025/01/09/loop-a</link></item><item><link>/bad/2025/01/09/picture</link></item>"
            + "<item><link>/bad/2025/01/09/cp1256-undeclared</link></item><item><link>/bad/2025/01/09/slow</link></item>"
            + "<item><link>/bad/2025/01/09/video-only</link></item></channel>")
            .getBytes(StandardCharsets.UTF_8)));
        site = new FixtureSite(routes);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void crawlsExtractsQueuesAndHandsOffWithoutLossOrRepeats() throws Exception {
        Map<String, Object> source = Map.of("name", "Fixture news", "homepage", site.url("/"), "feedUrls", List.of(site.url("/rss.xml")),
            "sitemapUrls", List.of(site.url("/sitemap.xml")), "sectionUrls", List.of(site.url("/world")), "pollIntervalSeconds", 60);
        int sourceId = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(source).post("/api/sources")
            .then().statusCode(201).extract().path("id");
        isolate(sourceId);
        receiverMode(503);

        // Listings → frontier: seven distinct article URLs (duplicates across feed, sitemap and section page merged, utm_ removed).
        assertEquals(7, listings.pollDueSources());
        assertEquals(Map.of("discovered", 7), frontier.countByStatus((long) sourceId));

        // Pages → outbox. robots.txt keeps the private story out; the missing one fails; the moved one is followed.
        assertEquals(5, pages.crawlDuePages());
        assertEquals(Map.of("disallowed", 1, "failed", 1, "fetched", 5), frontier.countByStatus((long) sourceId));
        assertEquals(0, site.hits("/private/2025/01/02/secret-story"));
        for (String path : List.of("/world/2025/01/01/story-one", "/world/2025/01/02/story-two", "/world/2025/01/03/final-story",
            "/world/2025/01/05/sitemap-story", "/world/2025/01/06/section-story")) {
            assertEquals(1, site.hits(path), path);
        }

        // Enrichment is down: nothing is lost, everything waits in the outbox.
        assertEquals(0, relay.relay());
        assertEquals(5, outbox.size());
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/" + sourceId)
            .then().statusCode(200).body("health.consecutiveFailures", org.hamcrest.Matchers.equalTo(0))
            .body("health.articlesLast24h", org.hamcrest.Matchers.equalTo(5))
            .body("health.doubtfulPagesLast24h", org.hamcrest.Matchers.equalTo(0))
            .body("health.lastSuccessAt", org.hamcrest.Matchers.notNullValue());

        // Enrichment is back: the outbox drains, each article exactly once, with the crawler's service token.
        receiverMode(202);
        sql("UPDATE article_outbox SET next_attempt_at = now()");
        Thread.sleep(1200); // the circuit breaker's pause in tests
        assertEquals(5, relay.relay());
        assertEquals(0, outbox.size());
        JsonPath received = receivedByEnrichment();
        List<Map<String, Object>> articles = new ArrayList<>();
        received.getList("bodies", Map.class).forEach(body -> articles.addAll((List<Map<String, Object>>) body.get("articles")));
        assertEquals(5, articles.size());
        Map<String, Object> one = articles.stream().filter(a -> "story-one".equals(a.get("title"))).findFirst().orElseThrow();
        assertEquals(ArticleIds.of(site.url("/world/2025/01/01/story-one")), one.get("id"));
        assertEquals("Fixture news", one.get("sourceName"));
        assertEquals("ar", one.get("language"));
        assertEquals("2025-01-02T07:00:00Z", one.get("publishedAt"));
        assertTrue(((String) one.get("body")).startsWith("التقى الرئيس الروسي"), (String) one.get("body"));
        assertTrue(!((String) one.get("body")).contains("خبر آخر"), "the related box stays out");
        assertTrue(received.getList("authorizations", String.class).stream().allMatch(a -> a.startsWith("Bearer ")));

        // Polling again: the feed is unchanged (304), nothing is fetched twice, nothing is sent twice.
        sql("UPDATE source SET next_poll_at = now() WHERE id = " + sourceId);
        assertEquals(0, listings.pollDueSources());
        assertEquals(0, pages.crawlDuePages());
        assertEquals(0, relay.relay());
        assertEquals(1, site.hits("/world/2025/01/01/story-one"));

        // A replica that leased new URLs and died: its leases expire and another worker takes them, each fetched once.
        feedItems.add("/world/2025/01/07/late-one");
        feedItems.add("/world/2025/01/07/late-two");
        sql("UPDATE source SET next_poll_at = now() WHERE id = " + sourceId);
        assertEquals(2, listings.pollDueSources());
        assertEquals(2, frontier.lease("dead-replica", 10, java.time.Duration.ofMillis(1)).size());
        Thread.sleep(20);
        assertEquals(2, pages.crawlDuePages());
        assertEquals(1, site.hits("/world/2025/01/07/late-one"));
        assertEquals(1, site.hits("/world/2025/01/07/late-two"));
        assertEquals(2, relay.relay());

        // What happened shows in the Prometheus metrics.
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("marsad_crawler_page_fetches_total{outcome=\"ok\"}"), "page fetch counter");
        assertTrue(metrics.contains("marsad_crawler_articles_handed_off_total"), "hand-off counter");
    }

    @Test
    void aRelayShuttingDownGivesBackWhatItHoldsSoTheNextSendsItAtOnce() throws Exception {
        io.marsad.support.jdbc.Outbox stopping = new io.marsad.support.jdbc.Outbox(dataSource, "article_outbox", "article_id");
        io.marsad.support.jdbc.Outbox next = new io.marsad.support.jdbc.Outbox(dataSource, "article_outbox", "article_id");
        outbox.put("held-at-shutdown", null, site.url("/held"), "{\"id\":\"held-at-shutdown\"}");
        try {
            assertEquals(List.of("held-at-shutdown"), ids(stopping.lease("stopping-replica", 10, java.time.Duration.ofMinutes(10))));
            assertEquals(List.of(), ids(next.lease("next-replica", 10, java.time.Duration.ofMinutes(2))), "leased rows are not sent twice");

            assertEquals(1, stopping.stop("stopping-replica", java.time.Duration.ofSeconds(1)));
            assertEquals(0, stopping.deliver("stopping-replica", new io.marsad.support.jdbc.Outbox.Policy(10, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofSeconds(1), java.time.Duration.ofHours(1)), "enrichment", batch -> {
                    throw new AssertionError("a stopped relay sends nothing");
                }));
            assertEquals(List.of("held-at-shutdown"), ids(next.lease("next-replica", 10, java.time.Duration.ofMinutes(2))),
                "given back: the next relay takes it without waiting for the lease");
        } finally {
            next.acknowledge(List.of("held-at-shutdown"));
        }
    }

    private static List<String> ids(List<io.marsad.support.jdbc.Outbox.Pending> pending) {
        return pending.stream().map(io.marsad.support.jdbc.Outbox.Pending::id).toList();
    }

    @Test
    void aSiteThatIsDownFailsThePollAtOnceWithoutAskingForEachListing() throws Exception {
        HttpHandler down = exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "1");
            FixtureSite.respond(exchange, 503, "text/html", "<p>Down for maintenance</p>".getBytes(StandardCharsets.UTF_8));
        };
        try (FixtureSite maintenance = new FixtureSite(Map.of("/rss.xml", down, "/sitemap.xml", down, "/world", down))) {
            Map<String, Object> source = Map.of("name", "Down news", "homepage", maintenance.url("/"), "feedUrls", List.of(maintenance.url("/rss.xml")),
                "sitemapUrls", List.of(maintenance.url("/sitemap.xml")), "sectionUrls", List.of(maintenance.url("/world")), "pollIntervalSeconds", 60);
            int sourceId = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(source).post("/api/sources")
                .then().statusCode(201).extract().path("id");
            isolate(sourceId);

            assertEquals(0, listings.pollDueSources());
            assertEquals(1, maintenance.hits("/rss.xml"));
            assertEquals(0, maintenance.hits("/sitemap.xml") + maintenance.hits("/world"), "the host asked to wait: nothing more asked of it");
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/" + sourceId).then().statusCode(200)
                .body("health.consecutiveFailures", org.hamcrest.Matchers.equalTo(1))
                .body("health.lastError", org.hamcrest.Matchers.containsString("HTTP 503"))
                .body("health.lastError", org.hamcrest.Matchers.containsString("not asked for, its host is unavailable"))
                .body("health.pollIntervalNowSeconds", org.hamcrest.Matchers.equalTo(60));
        }
    }

    @Test
    void aPollThatOnlyWaitsForItsHostsTurnIsNotAFailure() throws Exception {
        try (FixtureSite busy = new FixtureSite(Map.of("/rss.xml", FixtureSite.html("<rss version=\"2.0\"><channel></channel></rss>")))) {
            // localhost: a pacing key of its own, so holding it here leaves the other tests' 127.0.0.1 alone
            Map<String, Object> source = Map.of("name", "Busy host news", "homepage", busy.urlViaLocalhost("/"),
                "feedUrls", List.of(busy.urlViaLocalhost("/rss.xml")), "pollIntervalSeconds", 60);
            int sourceId = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(source).post("/api/sources")
                .then().statusCode(201).extract().path("id");
            isolate(sourceId);
            sql("UPDATE source SET next_poll_at = now() WHERE id = " + sourceId);
            hostTurns.backOff("localhost", java.time.Duration.ofSeconds(90)); // e.g. another replica's pause, longer than a fetch waits
            try {
                assertEquals(0, listings.pollDueSources());
                assertEquals(0, busy.hits("/rss.xml"), "nothing was asked of the host before its turn");
                given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/" + sourceId).then().statusCode(200)
                    .body("health.consecutiveFailures", org.hamcrest.Matchers.equalTo(0))
                    .body("health.lastError", org.hamcrest.Matchers.nullValue())
                    // never polled, so no interval chosen yet: a failure would have set (and doubled) one
                    .body("health.pollIntervalNowSeconds", org.hamcrest.Matchers.nullValue());
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                     java.sql.ResultSet due = s.executeQuery("SELECT extract(epoch FROM next_poll_at - now()), poll_lease_owner FROM source WHERE id = " + sourceId)) {
                    assertTrue(due.next());
                    double inSeconds = due.getDouble(1);
                    assertTrue(inSeconds > 60 && inSeconds <= 90, "asked again when the host's turn comes, not at once nor after a failure's back-off: " + inSeconds);
                    assertEquals(null, due.getString(2), "the poll's lease was given back");
                }
            } finally {
                sql("DELETE FROM host_turn WHERE host = 'localhost'");
            }
        }
    }

    @Test
    void misbehavingPagesAreRecordedAndNeverBreakTheCrawl() throws Exception {
        Map<String, Object> source = Map.of("name", "Broken news", "homepage", site.url("/bad/"), "feedUrls", List.of(site.url("/bad/rss.xml")),
            "pollIntervalSeconds", 60);
        int sourceId = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(source).post("/api/sources")
            .then().statusCode(201).extract().path("id");
        isolate(sourceId);

        listings.pollDueSources();
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/" + sourceId)
            .then().statusCode(200)
            .body("health.lastError", org.hamcrest.Matchers.containsString("not well-formed"))
            .body("health.consecutiveFailures", org.hamcrest.Matchers.equalTo(0));
        assertEquals(Map.of("discovered", 7), frontier.countByStatus((long) sourceId));

        pages.crawlDuePages();
        assertEquals(Map.of("discovered", 2, "failed", 4, "fetched", 1), frontier.countByStatus((long) sourceId));
        Map<String, Object> slow = urlState("/bad/2025/01/09/slow");
        assertEquals("discovered", slow.get("status"), "a timeout is retried later");
        assertEquals(1, slow.get("attempts"));
        assertTrue(((String) slow.get("last_error")).contains("timed out"), (String) slow.get("last_error"));
        assertTrue(((java.sql.Timestamp) slow.get("next_fetch_at")).toInstant().isAfter(java.time.Instant.now().plusSeconds(200)));
        assertEquals("failed", urlState("/bad/2025/01/09/gzip-bomb").get("status"));
        assertTrue(((String) urlState("/bad/2025/01/09/gzip-bomb").get("last_error")).contains("decompresses"));
        assertTrue(((String) urlState("/bad/2025/01/09/loop-a").get("last_error")).contains("loop"));
        assertTrue(((String) urlState("/bad/2025/01/09/picture").get("last_error")).contains("image/jpeg"));
        Map<String, Object> busy = urlStateOf(site.urlViaLocalhost("/bad/2025/01/09/busy"));
        assertEquals("discovered", busy.get("status"), "a throttled page waits for the host, without losing an attempt");
        assertEquals(0, busy.get("attempts"));
        assertTrue(((java.sql.Timestamp) busy.get("next_fetch_at")).toInstant().isAfter(java.time.Instant.now().plusSeconds(3000)));
        assertEquals(1, site.hits("/bad/2025/01/09/busy"));

        Map<String, Object> videoOnly = urlState("/bad/2025/01/09/video-only");
        assertEquals("failed", videoOnly.get("status"), "a page without article text is not indexed empty");
        assertEquals("no article text found on the page", videoOnly.get("last_error"));
        assertEquals("0", sqlValue("SELECT count(*) FROM article_outbox WHERE url = '" + site.url("/bad/2025/01/09/video-only") + "'"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/" + sourceId)
            .then().statusCode(200).body("health.doubtfulPagesLast24h", org.hamcrest.Matchers.equalTo(1))
            .body("health.articlesLast24h", org.hamcrest.Matchers.equalTo(1));

        String payload = sqlValue("SELECT payload::text FROM article_outbox WHERE url = '" + site.url("/bad/2025/01/09/cp1256-undeclared") + "'");
        assertTrue(payload.contains("قصة بترميز قديم"), "an undeclared windows-1256 page is decoded: " + payload);
    }

    /**
     * Other test classes share this database: their sources (on unreachable example hosts) are
     * paused and their queued articles cleared, so the counts here are this test's own.
     */
    private void isolate(int sourceId) throws Exception {
        sql("UPDATE source SET enabled = false WHERE id <> " + sourceId);
        sql("DELETE FROM article_outbox WHERE source_id IS DISTINCT FROM " + sourceId);
        sql("UPDATE crawl_url SET next_fetch_at = now() + interval '1 day' WHERE status = 'discovered' AND source_id <> " + sourceId);
    }

    private Map<String, Object> urlState(String path) throws Exception {
        return urlStateOf(site.url(path));
    }

    private Map<String, Object> urlStateOf(String url) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT status, attempts, last_error, next_fetch_at FROM crawl_url WHERE url = '" + url + "'")) {
            assertTrue(rows.next(), "no frontier row for " + url);
            Map<String, Object> state = new HashMap<>();
            state.put("status", rows.getString(1));
            state.put("attempts", rows.getInt(2));
            state.put("last_error", rows.getString(3));
            state.put("next_fetch_at", rows.getTimestamp(4));
            return state;
        }
    }

    private String sqlValue(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery(query)) {
            assertTrue(rows.next(), "no row for " + query);
            return rows.getString(1);
        }
    }

    /** Two replicas leasing at the same moment never get the same URL. */
    @Test
    void concurrentLeasesNeverOverlap() throws Exception {
        int sourceId = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON)
            .body(Map.of("name", "Lease test", "homepage", "https://lease-" + System.nanoTime() + ".example.org/")).post("/api/sources")
            .then().statusCode(201).extract().path("id");
        isolate(sourceId);
        List<io.marsad.crawler.parse.DiscoveredLink> links = new ArrayList<>();
        Map<String, String> hosts = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String url = "https://lease.example.org/2025/03/01/story-" + i;
            links.add(new io.marsad.crawler.parse.DiscoveredLink(url, null, null));
            hosts.put(url, "lease.example.org");
        }
        assertEquals(200, frontier.addDiscovered((long) sourceId, links, hosts));
        java.util.concurrent.ConcurrentHashMap<Long, String> owners = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger duplicates = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> replicas = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                String owner = "replica-" + r;
                replicas.add(pool.submit(() -> {
                    while (true) {
                        var leased = frontier.lease(owner, 7, java.time.Duration.ofMinutes(5));
                        if (leased.isEmpty()) {
                            return null;
                        }
                        leased.forEach(u -> {
                            if (owners.putIfAbsent(u.id(), owner) != null) {
                                duplicates.incrementAndGet();
                            }
                        });
                    }
                }));
            }
            for (var replica : replicas) {
                replica.get();
            }
        }
        assertEquals(0, duplicates.get());
        assertEquals(200, owners.size());
        assertTrue(new HashSet<>(owners.values()).size() > 1, "the work was shared");
        sql("UPDATE crawl_url SET status = 'failed' WHERE source_id = " + sourceId);
    }

    private void receiverMode(int status) {
        RestAssured.given().post(receiver + "/mode/" + status).then().statusCode(204);
    }

    private JsonPath receivedByEnrichment() {
        return RestAssured.given().get(receiver + "/received").then().statusCode(200).extract().jsonPath();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
