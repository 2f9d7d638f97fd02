package io.marsad.crawler.pipeline;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.crawler.fetch.FixtureSite;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.HandOffReceiver;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three packaged crawler processes, one PostgreSQL database, one news site: the site sees the pace
 * one crawler would keep (one request at a time, the pause between any two), not three times it,
 * while the three share the pages between them. Each replica sends its own User-Agent so the site
 * can tell who asked.
 */
class SharedPolitenessIT {

    static final int ARTICLES = 12;
    static final Duration PAUSE = Duration.ofSeconds(1);
    /** The site's and the database's clocks are this machine's; allow for timer and scheduling jitter only. */
    static final Duration JITTER = Duration.ofMillis(50);

    FixtureSite site;
    HandOffReceiver receiver;
    final List<ManagedProcess> crawlers = new ArrayList<>();

    @AfterEach
    void stop() {
        crawlers.forEach(ManagedProcess::close);
        if (receiver != null) {
            receiver.stop();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void threeReplicasKeepOneHostsPaceTogether() throws Exception {
        site = newsSite();
        receiver = new HandOffReceiver("enrichment");
        String receiverUrl = receiver.start().get("quarkus.rest-client.enrichment.url");
        String jdbcUrl = TestServers.postgresDatabase("crawler_shared_pace");
        String realm = TestServers.keycloak() + "/realms/marsad";

        List<Integer> ports = List.of(Ports.freeLoopbackPort(), Ports.freeLoopbackPort(), Ports.freeLoopbackPort());
        try (ExecutorService starting = Executors.newFixedThreadPool(3)) {
            List<Future<ManagedProcess>> started = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int port = ports.get(i);
                String replica = "replica-" + (char) ('a' + i);
                Map<String, String> env = PackagedCrawler.environment(port, jdbcUrl, realm, receiverUrl, Map.of(
                    "MARSAD_CRAWLER_MIN_DELAY", PAUSE.toSeconds() + "s",
                    "MARSAD_CRAWLER_USER_AGENT", "Marsad-test/" + replica,
                    "MARSAD_CRAWLER_PAGES_PER_RUN", "3"));
                started.add(starting.submit(() -> PackagedCrawler.start(replica, env, port, Path.of("target", "shared-pace-it"))));
            }
            for (Future<ManagedProcess> process : started) {
                crawlers.add(process.get());
            }
        }

        String token = Tokens.userToken(realm, Tokens.ADMIN);
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
            .body(Map.of("name", "One busy site", "homepage", site.url("/"), "feedUrls", List.of(site.url("/rss.xml")), "pollIntervalSeconds", 3600))
            .post("http://127.0.0.1:" + ports.get(0) + "/api/sources").then().statusCode(201);

        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM crawl_url WHERE status = 'fetched'") == ARTICLES,
            Duration.ofSeconds(120), "every article to be fetched");

        List<FixtureSite.Request> requests = new ArrayList<>(site.requests());
        requests.sort((x, y) -> Long.compare(x.arrivedNanos(), y.arrivedNanos()));
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.ofNanos(requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos());
            assertTrue(gap.compareTo(PAUSE.minus(JITTER)) >= 0, "request " + i + " (" + requests.get(i).path() + " by "
                + requests.get(i).userAgent() + ") came " + gap.toMillis() + " ms after " + requests.get(i - 1).path() + " by "
                + requests.get(i - 1).userAgent() + "; the site asks for " + PAUSE.toMillis() + " ms");
        }

        Map<String, Integer> articlesByReplica = new TreeMap<>();
        for (FixtureSite.Request request : requests) {
            if (request.path().startsWith("/news/")) {
                articlesByReplica.merge(request.userAgent(), 1, Integer::sum);
            }
        }
        Duration shortest = Duration.ofDays(1);
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.ofNanos(requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos());
            shortest = gap.compareTo(shortest) < 0 ? gap : shortest;
        }
        System.out.println("shared pace: " + requests.size() + " requests, shortest gap " + shortest.toMillis() + " ms, articles by replica "
            + articlesByReplica);
        assertEquals(3, articlesByReplica.size(), "all three replicas fetched pages: " + articlesByReplica);
        for (int i = 0; i < ARTICLES; i++) {
            assertEquals(1, site.hits("/news/2025/03/01/story-" + i), "story-" + i + " fetched exactly once");
        }
        assertEquals(0, count(jdbcUrl, "SELECT count(*) FROM host_turn WHERE holder IS NOT NULL AND held_until > now()"),
            "no turn left held once the crawl is over");
    }

    private static FixtureSite newsSite() throws Exception {
        Map<String, HttpHandler> routes = new HashMap<>();
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Busy</title>");
        for (int i = 0; i < ARTICLES; i++) {
            String path = "/news/2025/03/01/story-" + i;
            feed.append("<item><title>story ").append(i).append("</title><link>").append(path).append("</link></item>");
            routes.put(path, FixtureSite.html(CrawlPipelineTest.article("story " + i)));
        }
        String rss = feed.append("</channel></rss>").toString();
        routes.put("/rss.xml", exchange -> FixtureSite.respond(exchange, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)));
        routes.put("/robots.txt", exchange -> FixtureSite.respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
        return new FixtureSite(routes);
    }
}
