package io.marsad.enrichment.index;

import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.HandOffReceiver;
import static io.marsad.local.testing.Eventually.count;
import static io.marsad.local.testing.Eventually.waitFor;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged enrichment service as a real process, killed (SIGKILL, no chance to clean up) while
 * it indexes a batch, and started again, against the real Elasticsearch, PostgreSQL and Keycloak:
 * every accepted article ends up in Elasticsearch exactly once, is counted once in the keyword
 * statistics, and reaches the (stand-in) alerting service.
 */
class EnrichmentRestartIT {

    static final int ARTICLES = 600;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");
    static final List<String> SENTENCES = List.of(
        "The ministry said the talks would resume next week in Geneva.",
        "Officials in Cairo and Doha confirmed that a delegation had arrived.",
        "قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل في جنيف.",
        "وأكدت مصادر في القاهرة والدوحة وصول الوفد إلى العاصمة.",
        "Analysts expect oil prices to stay high while shipping in the Red Sea is disrupted.",
        "ويتوقع محللون أن تبقى أسعار النفط مرتفعة مع استمرار اضطراب الملاحة في البحر الأحمر.",
        "The central bank left interest rates unchanged for the third month.",
        "Rescue teams worked through the night after the floods destroyed two bridges.",
        "وعملت فرق الإنقاذ طوال الليل بعد أن دمرت الفيضانات جسرين.",
        "The opposition called for early elections and a new electoral law.");

    HandOffReceiver alerting;
    String alertingUrl;
    ManagedProcess enrichment;

    @AfterEach
    void stop() {
        if (enrichment != null) {
            enrichment.close();
        }
        if (alerting != null) {
            alerting.stop();
        }
    }

    @Test
    void everyAcceptedArticleIsIndexedOnceAcrossACrash() throws Exception {
        alerting = new HandOffReceiver("alerting");
        alertingUrl = alerting.start().get("quarkus.rest-client.alerting.url");
        String jdbcUrl = TestServers.postgresDatabase("enrichment_restart");
        String realm = TestServers.keycloak() + "/realms/marsad";
        URI elasticsearch = TestServers.elasticsearch();
        int port = Ports.freeLoopbackPort();
        Map<String, String> env = new HashMap<>(Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString(),
            "QUARKUS_REST_CLIENT_ALERTING_URL", alertingUrl,
            "MARSAD_INDEX_REPLICAS", "0",
            "MARSAD_INDEX_BATCH_SIZE", "25",
            "MARSAD_INDEX_LEASE", "5s",
            "MARSAD_INDEX_EVERY", "1s",
            "MARSAD_INDEX_START_DELAY", "1s"));
        env.put("MARSAD_ALERTING_RETRY_BASE", "1s");
        env.put("MARSAD_INDEX_KEYWORD_STATISTICS_SAMPLE", "1"); // every article counted, so that counting once shows
        env.put("MARSAD_ALERTING_RELAY_LEASE", "5s"); // rows the killed relay held wait this long

        enrichment = start(env, port, "first");
        String token = Tokens.pipelineToken(realm);
        Set<String> ids = new LinkedHashSet<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            String id = UUID.randomUUID().toString().replace("-", "");
            ids.add(id);
            articles.add(article(id, i, random));
            if (articles.size() == 200) {
                RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("articles", articles))
                    .post("http://127.0.0.1:" + port + "/api/articles").then().statusCode(202);
                articles = new ArrayList<>();
            }
        }

        // kill while a batch is in flight: some articles indexed, some leased and not yet confirmed
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM article_intake WHERE indexed_at IS NOT NULL") >= 50
            && count(jdbcUrl, "SELECT count(*) FROM article_intake WHERE indexed_at IS NULL AND lease_owner IS NOT NULL") > 0,
            Duration.ofSeconds(120), "indexing to be under way");
        enrichment.kill();
        int indexedBeforeCrash = count(jdbcUrl, "SELECT count(*) FROM article_intake WHERE indexed_at IS NOT NULL");
        int leasedAtCrash = count(jdbcUrl, "SELECT count(*) FROM article_intake WHERE indexed_at IS NULL AND lease_owner IS NOT NULL");
        assertTrue(indexedBeforeCrash < ARTICLES, "the crash came before the end (" + indexedBeforeCrash + " indexed)");

        enrichment = start(env, port, "second");
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM article_intake WHERE indexed_at IS NULL") == 0, Duration.ofSeconds(180),
            "every article to be indexed after the restart");
        waitFor(() -> deliveredIds().containsAll(ids), Duration.ofSeconds(60), "every article to reach alerting");

        // counted articles reach the statistics at the next fold (every 30 s)
        waitFor(() -> count(jdbcUrl, "SELECT count(*) FROM term_counts_pending") == 0, Duration.ofSeconds(60),
            "the counted articles to be folded into the keyword statistics");
        RestAssured.post(elasticsearch + "/articles/_refresh").then().statusCode(200);
        int hits = RestAssured.given().contentType(ContentType.JSON)
            .body(Map.of("query", Map.of("ids", Map.of("values", List.copyOf(ids))), "size", 0, "track_total_hits", true))
            .post(elasticsearch + "/articles/_search").then().statusCode(200).extract().path("hits.total.value");
        assertEquals(ARTICLES, hits, "each article once in Elasticsearch, across all article indices");
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM article_terms_counted"), "each article counted once in the keyword statistics");
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT coalesce(sum(documents), 0)::int FROM term_corpus"));
        assertEquals(ARTICLES, count(jdbcUrl, "SELECT count(*) FROM article_signature"), "each article has one story signature");
        System.out.printf("killed with %d of %d indexed and %d leased; after the restart all %d indexed once; %d deliveries to alerting for %d articles%n",
            indexedBeforeCrash, ARTICLES, leasedAtCrash, ARTICLES, deliveries(), ARTICLES);
    }

    private static Map<String, Object> article(String id, int n, Random random) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 24; s++) {
            body.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(s % 4 == 3 ? "\n\n" : " ");
        }
        body.append("Report number ").append(n).append('.');
        Map<String, Object> article = new HashMap<>();
        article.put("id", id);
        article.put("url", "https://news.example.org/restart/" + id);
        article.put("canonicalUrl", "https://news.example.org/restart/" + id);
        article.put("sourceId", 1);
        article.put("sourceName", "Restart News");
        article.put("title", "Report " + n + ": talks resume");
        article.put("body", body.toString());
        article.put("authors", List.of());
        article.put("publishedAt", "2026-11-25T07:30:00Z");
        article.put("language", n % 2 == 0 ? "en" : "ar");
        article.put("tags", List.of("talks"));
        article.put("fetchedAt", "2026-11-25T08:00:00Z");
        return article;
    }

    private static ManagedProcess start(Map<String, String> env, int port, String name) {
        Path jar = Path.of(System.getProperty("marsad.enrichment.jar", "target/quarkus-app/quarkus-run.jar"));
        return PackagedService.start("enrichment-" + name, jar, env, port, Path.of("target", "restart-it"));
    }

    private String received() {
        return RestAssured.given().get(alertingUrl + "/received").then().statusCode(200).extract().asString();
    }

    private Set<String> deliveredIds() {
        Set<String> delivered = new HashSet<>();
        Matcher m = ID.matcher(received());
        while (m.find()) {
            delivered.add(m.group(1));
        }
        return delivered;
    }

    private int deliveries() {
        int n = 0;
        Matcher m = ID.matcher(received());
        while (m.find()) {
            n++;
        }
        return n;
    }
}
