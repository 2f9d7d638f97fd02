package io.marsad.crawler.pipeline;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.crawler.fetch.FixtureSite;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.HandOffReceiver;
import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged crawler as a real process, stopped (SIGTERM) in the middle of a crawl and started
 * again, against the real PostgreSQL and Keycloak: no page is fetched twice and every article
 * reaches the (stand-in) enrichment service.
 */
class CrawlerRestartIT {

    static final int ARTICLES = 24;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");

    FixtureSite site;
    HandOffReceiver receiver;
    String receiverUrl;
    ManagedProcess crawler;

    @AfterEach
    void stop() {
        if (crawler != null) {
            crawler.close();
        }
        if (receiver != null) {
            receiver.stop();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void restartMidCrawlFetchesNothingTwiceAndLosesNothing() throws Exception {
        Map<String, HttpHandler> routes = new HashMap<>();
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Restart</title>");
        for (int i = 0; i < ARTICLES; i++) {
            String path = "/news/2025/02/01/story-" + i;
            feed.append("<item><title>story ").append(i).append("</title><link>").append(path).append("</link></item>");
            String html = CrawlPipelineTest.article("story " + i);
            routes.put(path, exchange -> {
                try {
                    Thread.sleep(150); // slow enough that the stop lands mid-crawl
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FixtureSite.respond(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            });
        }
        String rss = feed.append("</channel></rss>").toString();
        routes.put("/rss.xml", exchange -> FixtureSite.respond(exchange, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)));
        site = new FixtureSite(routes);
        receiver = new HandOffReceiver("enrichment");
        receiverUrl = receiver.start().get("quarkus.rest-client.enrichment.url");

        String jdbcUrl = TestServers.postgresDatabase("crawler_restart");
        String realm = TestServers.keycloak() + "/realms/marsad";
        int port = Ports.freeLoopbackPort();
        Map<String, String> env = PackagedCrawler.environment(port, jdbcUrl, realm, receiverUrl,
            Map.of("MARSAD_CRAWLER_MIN_DELAY", "0s", "MARSAD_CRAWLER_PAGES_PER_RUN", "4"));

        crawler = start(env, port, "first");
        String token = Tokens.userToken(realm, Tokens.ADMIN);
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
            .body(Map.of("name", "Restart news", "homepage", site.url("/"), "feedUrls", List.of(site.url("/rss.xml")), "pollIntervalSeconds", 3600))
            .post("http://127.0.0.1:" + port + "/api/sources").then().statusCode(201);

        waitFor(() -> fetchedPages() >= 6, Duration.ofSeconds(60), "the first pages to be fetched");
        crawler.close(); // SIGTERM, mid-crawl
        int fetchedBeforeRestart = fetchedPages();
        assertTrue(fetchedBeforeRestart < ARTICLES, "the stop came before the end of the crawl (" + fetchedBeforeRestart + " fetched)");
        assertEquals(0, count(jdbcUrl, "SELECT count(*) FROM crawl_url WHERE status = 'discovered' AND lease_owner IS NOT NULL"),
            "the stopping crawler gave back the URLs it had not started");

        crawler = start(env, port, "second");
        waitFor(() -> deliveredIds().size() >= ARTICLES, Duration.ofSeconds(120), "every article to reach enrichment");
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM article_outbox") == 0, Duration.ofSeconds(30), "the outbox to drain");

        for (int i = 0; i < ARTICLES; i++) {
            assertEquals(1, site.hits("/news/2025/02/01/story-" + i), "story-" + i + " fetched exactly once");
        }
        assertEquals(ARTICLES, deliveredIds().size());
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM crawl_url WHERE status = 'fetched'"));
    }

    private static ManagedProcess start(Map<String, String> env, int port, String name) {
        return PackagedCrawler.start(name, env, port, Path.of("target", "restart-it"));
    }

    private int fetchedPages() {
        int fetched = 0;
        for (int i = 0; i < ARTICLES; i++) {
            fetched += site.hits("/news/2025/02/01/story-" + i);
        }
        return fetched;
    }

    private Set<String> deliveredIds() {
        String received = RestAssured.given().get(receiverUrl + "/received").then().statusCode(200).extract().asString();
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(received);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
