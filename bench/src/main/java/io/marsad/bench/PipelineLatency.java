package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ingest-to-webhook latency on the local platform (docs/alerting.md#performance): the packaged
 * enrichment and alerting services as real processes on the real Elasticsearch, PostgreSQL and
 * Keycloak, a realtime subscription with a webhook to a receiver in this process, and crawled
 * articles handed to enrichment one at a time at a steady pace, as the crawler hands them over
 * (two news sentences and 300 words of {@link ZipfVocabulary} text each, so that each is a story of
 * its own and alerts).
 * Each article's latency runs from the moment its hand-off is sent to the moment its alert's
 * webhook arrives: enrichment (language, entities, keywords, story), indexing into Elasticsearch,
 * the relay to alerting, matching, and the signed webhook.
 * Not a test: {@code ./marsad bench latency [articles] [per-second]}.
 */
public final class PipelineLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** {@code -Dmarsad.bench.wake=false} measures the stages on their beats alone, without wake-ups. */
    private static final String WAKE = System.getProperty("marsad.bench.wake", "true");

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double perSecond = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        Path root = Path.of(System.getProperty("marsad.root", "."));
        Map<String, List<String>> sentences = BenchCorpus.sentences(root, false);

        Map<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            JsonNode alert = JSON.readTree(exchange.getRequestBody());
            arrived.putIfAbsent(alert.path("article").path("id").asText(), now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        URI elasticsearch = TestServers.elasticsearch();
        String realm = TestServers.keycloak() + "/realms/marsad";
        String run = Long.toString(System.currentTimeMillis(), 36);
        Path logs = Path.of("target", "bench-latency");
        int alertingPort = Ports.freeLoopbackPort();
        int enrichmentPort = Ports.freeLoopbackPort();
        String alertingUrl = "http://127.0.0.1:" + alertingPort;
        String enrichmentUrl = "http://127.0.0.1:" + enrichmentPort;
        try (ManagedProcess alerting = PackagedService.start("alerting", root.resolve("services/alerting/target/quarkus-app/quarkus-run.jar"),
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(alertingPort),
                    "QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("bench_alerting_" + run),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
                    "MARSAD_ALERTING_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                    "MARSAD_ALERTING_START_DELAY", "1s", "MARSAD_WAKE_ON_NEW_WORK", WAKE), alertingPort, logs);
             ManagedProcess enrichment = PackagedService.start("enrichment", root.resolve("services/enrichment/target/quarkus-app/quarkus-run.jar"),
                 Map.of("QUARKUS_HTTP_PORT", Integer.toString(enrichmentPort),
                     "QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("bench_enrichment_" + run),
                     "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
                     "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString(),
                     "MARSAD_INDEX_REPLICAS", "0",
                     "MARSAD_INDEX_START_DELAY", "1s",
                     "QUARKUS_REST_CLIENT_ALERTING_URL", alertingUrl, "MARSAD_WAKE_ON_NEW_WORK", WAKE), enrichmentPort, logs)) {
            String analyst = BenchCorpus.token(HTTP, realm, BenchCorpus.analystGrant());
            String pipeline = BenchCorpus.token(HTTP, realm, BenchCorpus.pipelineGrant());
            String marker = "latency" + run;
            BenchCorpus.post(HTTP, alertingUrl + "/api/subscriptions", analyst, JSON.writeValueAsString(Map.of("name", "latency bench",
                "query", marker, "channels", Map.of("inApp", false, "webhook",
                    Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")))), 201);

            Random random = new Random(11);
            // Zipf text makes each article its own story (the evaluation sentences alone are too few: copies would be grouped)
            ZipfVocabulary vocabulary = new ZipfVocabulary(new Random(5));
            warmUp(enrichmentUrl, pipeline, sentences, random);
            Map<String, Long> sent = new HashMap<>();
            long pause = (long) (1e9 / perSecond);
            long next = System.nanoTime();
            for (int n = 0; n < articles; n++) {
                Map<String, Object> article = BenchCorpus.crawledArticle(n, sentences, random);
                String[] sentencesOfIt = ((String) article.get("body")).split("(?<=[.!?؟])\\s+");
                article.put("body", String.join(" ", List.of(sentencesOfIt).subList(0, Math.min(2, sentencesOfIt.length))) + " "
                    + vocabulary.text(random, 300) + " " + marker + ".");
                article.put("publishedAt", java.time.Instant.now().toString());
                String body = JSON.writeValueAsString(Map.of("articles", List.of(article)));
                while (System.nanoTime() < next) {
                    Thread.sleep(1);
                }
                sent.put((String) article.get("id"), System.nanoTime());
                BenchCorpus.post(HTTP, enrichmentUrl + "/api/articles", pipeline, body, 202);
                next += pause;
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!arrived.keySet().containsAll(sent.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            report(sent, arrived, perSecond);
        } finally {
            receiver.stop(0);
        }
    }

    /** A few articles first, for the services' first-use costs (class loading, JIT, connection pools), not counted. */
    private static void warmUp(String enrichmentUrl, String pipeline, Map<String, List<String>> sentences, Random random) throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            batch.add(BenchCorpus.crawledArticle(n, sentences, random));
        }
        BenchCorpus.post(HTTP, enrichmentUrl + "/api/articles", pipeline, JSON.writeValueAsString(Map.of("articles", batch)), 202);
        Thread.sleep(5_000);
    }

    private static void report(Map<String, Long> sent, Map<String, Long> arrived, double perSecond) {
        double[] millis = sent.entrySet().stream().filter(e -> arrived.containsKey(e.getKey()))
            .mapToDouble(e -> (arrived.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
        int lost = sent.size() - millis.length;
        System.out.printf(Locale.ROOT, "ingest to webhook, %d articles at %.1f/s (%d cores): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%s%n",
            millis.length, perSecond, Runtime.getRuntime().availableProcessors(), percentile(millis, 0.50), percentile(millis, 0.95),
            percentile(millis, 0.99), millis.length == 0 ? Double.NaN : millis[millis.length - 1],
            lost == 0 ? "" : "; " + lost + " alerts did not arrive within 3 minutes");
        System.out.println("slowest: " + Arrays.toString(Arrays.copyOfRange(millis, Math.max(0, millis.length - 5), millis.length)));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
    }

    private PipelineLatency() {}
}
