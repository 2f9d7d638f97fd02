package io.marsad.alerting.delivery;

import com.sun.net.httpserver.HttpServer;
import io.marsad.alerting.InboxFixtures;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged alerting service as a real process, killed (SIGKILL, no chance to clean up) while it
 * matches articles and delivers webhooks, and started again, against the real PostgreSQL and
 * Keycloak: every article alerts once, every alert reaches the webhook, and the receiver, keeping
 * the idempotency keys it accepted, shows none twice.
 */
class AlertingRestartIT {

    static final int ARTICLES = 300;

    ManagedProcess alerting;
    HttpServer receiver;
    /** Idempotency key → how many requests carried it (a slow receiver: 20 ms each). */
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        if (alerting != null) {
            alerting.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void noAlertIsLostOrShownTwiceAcrossACrash() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(20); // a receiver that takes its time: the kill finds deliveries in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            requests.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"), k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();

        String jdbcUrl = TestServers.postgresDatabase("alerting_restart");
        String realm = TestServers.keycloak() + "/realms/marsad";
        int port = Ports.freeLoopbackPort();
        Map<String, String> env = new HashMap<>(Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "QUARKUS_MAILER_PORT", Integer.toString(TestServers.mail().smtpPort()),
            "MARSAD_ALERTING_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
            "MARSAD_ALERTING_START_DELAY", "1s",
            "MARSAD_ALERTING_MATCH_BATCH", "20",
            "MARSAD_ALERTING_MATCH_LEASE", "5s",
            "MARSAD_ALERTING_DELIVERY_BATCH", "10",
            "MARSAD_ALERTING_DELIVERY_LEASE", "5s")); // what the killed process held waits this long
        env.put("MARSAD_ALERTING_DELIVERY_RETRY_BASE", "1s");

        alerting = start(env, port, "first");
        String user = Tokens.userToken(realm, Tokens.ANALYST);
        String pipeline = Tokens.pipelineToken(realm);
        String marker = "okapi" + System.nanoTime();
        RestAssured.given().auth().oauth2(user).contentType(ContentType.JSON)
            .body(Map.of("name", "restart", "query", marker, "channels", Map.of("inApp", true,
                "webhook", Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))))
            .post("http://127.0.0.1:" + port + "/api/subscriptions").then().statusCode(201);

        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            batch.add(article(marker, i));
            if (batch.size() == 100) {
                RestAssured.given().auth().oauth2(pipeline).contentType(ContentType.JSON).body(Map.of("articles", batch))
                    .post("http://127.0.0.1:" + port + "/api/articles").then().statusCode(202);
                batch = new ArrayList<>();
            }
        }

        // kill while deliveries are under way: some delivered, some leased and not yet recorded
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM delivery WHERE status = 'delivered'") >= 30
            && count(jdbcUrl, "SELECT count(*) FROM delivery WHERE status = 'pending' AND lease_owner IS NOT NULL") > 0,
            Duration.ofSeconds(120), "deliveries to be under way");
        alerting.kill();
        int deliveredBeforeCrash = count(jdbcUrl, "SELECT count(*) FROM delivery WHERE status = 'delivered'");
        int matchedBeforeCrash = count(jdbcUrl, "SELECT count(*) FROM article_inbox WHERE matched_at IS NOT NULL");
        assertTrue(deliveredBeforeCrash < ARTICLES, "the crash came before the end (" + deliveredBeforeCrash + " delivered)");

        alerting = start(env, port, "second");
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM article_inbox WHERE matched_at IS NULL") == 0, Duration.ofSeconds(120),
            "every article to be matched after the restart");
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM delivery WHERE status = 'delivered'") == ARTICLES, Duration.ofSeconds(120),
            "every alert to be delivered after the restart");

        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM alert"), "one alert per article (each its own story), none twice");
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM alert_article"));
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM delivery"), "one delivery per alert");
        Set<String> keys = requests.keySet();
        assertEquals(ARTICLES, keys.size(), "every alert reached the receiver, each under its own key");
        int requestsSent = requests.values().stream().mapToInt(AtomicInteger::get).sum();
        int unread = RestAssured.given().auth().oauth2(user).get("http://127.0.0.1:" + port + "/api/alerts/unread-count")
            .then().statusCode(200).extract().path("unread");
        assertEquals(ARTICLES, unread, "the in-app inbox shows each alert once");
        System.out.printf("killed with %d of %d articles matched and %d alerts delivered; after the restart: %d alerts, %d distinct keys "
            + "received in %d requests (%d sent again after the crash, with their keys)%n",
            matchedBeforeCrash, ARTICLES, deliveredBeforeCrash, ARTICLES, keys.size(), requestsSent, requestsSent - keys.size());
    }

    private static Map<String, Object> article(String marker, int n) {
        Map<String, Object> article = InboxFixtures.article(InboxFixtures.newId(), "2026-11-25T08:00:00Z", "Report " + n + " on the " + marker);
        article.put("body", "The " + marker + " was seen again, report " + n + " says.");
        article.put("language", "en");
        return article;
    }

    private static ManagedProcess start(Map<String, String> env, int port, String name) {
        Path jar = Path.of(System.getProperty("marsad.alerting.jar", "target/quarkus-app/quarkus-run.jar"));
        return PackagedService.start("alerting-" + name, jar, env, port, Path.of("target", "restart-it"));
    }
}
