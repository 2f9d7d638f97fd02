package io.marsad.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.Artifacts;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.testing.TestServers;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.marsad.support.elasticsearch.ClosedMonths;
import org.apache.hc.core5.http.HttpHost;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search latency with facets and a timeline on a generated corpus (docs/query-language.md#latency).
 * Generates {@code n} articles (default 1,000,000) in Arabic, English, French and Russian from
 * the evaluation sets' sentences, with sources, entities, tags, stories and dates over two years,
 * bulk-loads them under the article index template into a real Elasticsearch node, starts the
 * packaged search service on it, and times {@code GET /api/search} end to end (HTTP, the service,
 * Elasticsearch) for a mix of queries. Not a test: {@code ./marsad bench search [n] [rounds]}.
 */
public final class SearchLatency {

    /** Writes the typed articles as the index holds them: dates as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** For loading the corpus, the node's settings and the token; the searches are timed with {@link TimedGet}. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .version(HttpClient.Version.HTTP_1_1).build();
    static final List<String> QUERIES = List.of(
        "بوتين", "\"قطاع غزه\"", "روسيا AND (بوتين OR كيم)", "\"البحر الاحمر\" -حماس", "بوتين NEAR/5 كيم", "فوستوت*",
        "putin", "\"Red Sea\" AND (Houthi OR Maersk) NOT football", "missiles ONEAR/3 tanker", "sanction*", "title:missile*",
        "lang:fr russie", "entity:country:KP", "source:\"Source 5\" putin", "(Putin OR بوتين OR Путин) NEAR/5 (Kim OR كيم)", "Путин Москва");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--measure")) {
            // again on a held corpus (--hold) after a change to the node or the service: --measure SEARCH_URL REALM_URL [rounds]
            measure(args[1], BenchCorpus.token(HTTP, args[2], BenchCorpus.analystGrant()),
                args.length > 3 ? Integer.parseInt(args[3]) : 20);
            return;
        }
        boolean hold = List.of(args).contains("--hold");
        args = java.util.Arrays.stream(args).filter(arg -> !arg.equals("--hold")).toArray(String[]::new);
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Path.of(System.getProperty("marsad.root", "."));
        Path jar = root.resolve("services/search/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build first (./marsad build): " + jar);
        }
        NewsCorpus corpus = new NewsCorpus(root);
        // its own node with a 2 GiB heap (the tests' nodes have 512 MiB), fresh data under target/bench-search each run
        Path nodeDirectory = Path.of("target", "bench-search", "elasticsearch").toAbsolutePath();
        io.marsad.local.LocalPaths.deleteTree(nodeDirectory);
        ElasticsearchServer node = ElasticsearchServer.start(nodeDirectory, Artifacts.fromBuild(), Ports.freeLoopbackPort(), "2g");
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        URI elasticsearch = node.url();
        long ram = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        System.out.printf("corpus: %,d articles; machine: %d cores, %d GiB RAM; Elasticsearch heap 2 GiB; Java %s%n", articles,
            Runtime.getRuntime().availableProcessors(), ram >> 30, Runtime.version());
        load(elasticsearch, articles, corpus);

        String jdbcUrl = TestServers.postgresDatabase("bench_search");
        String realm = TestServers.keycloak() + "/realms/marsad";
        int port = Ports.freeLoopbackPort();
        Map<String, String> env = Map.of("QUARKUS_HTTP_PORT", Integer.toString(port), "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm, "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString());
        Path dir = Path.of("target", "bench-search");
        try (ManagedProcess service = ManagedProcess.start("search", JavaRuntime.serviceCommand(jar, "512m", List.of()), env, dir, dir.resolve("search.log"))) {
            HttpWait.untilOk(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120), service::isAlive, "search");
            measure("http://127.0.0.1:" + port, BenchCorpus.token(HTTP, realm, BenchCorpus.analystGrant()), rounds);
            if (hold) {
                // for profiling by hand (Elasticsearch's profile API, JFR on the service): everything stays up until interrupted
                System.out.printf("holding: Elasticsearch %s, search service http://127.0.0.1:%d, realm %s (Ctrl-C ends)%n", elasticsearch, port, realm);
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    /** Generates and bulk-loads the corpus, searchable when this returns. */
    static void load(URI elasticsearch, int articles, NewsCorpus corpus) throws Exception {
        put(elasticsearch + "/_index_template/" + ArticleIndices.TEMPLATE, ArticleIndices.templateJson(0));
        YearMonth first = YearMonth.of(2025, 1);
        YearMonth last = YearMonth.of(2026, 11);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            put(elasticsearch + "/" + ArticleIndices.indexOf(month), "{\"settings\": {\"refresh_interval\": \"-1\"}}");
        }
        long start = System.nanoTime();
        Instant from = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = Duration.between(from, last.atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC)).toSeconds();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> pending = new ArrayList<>();
        int batch = 2000;
        for (int offset = 0; offset < articles; offset += batch) {
            int begin = offset;
            int end = Math.min(articles, offset + batch);
            pending.add(pool.submit(() -> {
                Random random = new Random(begin);
                StringBuilder ndjson = new StringBuilder();
                for (int i = begin; i < end; i++) {
                    Instant published = from.plusSeconds((long) (random.nextDouble() * span));
                    ArticleDocument doc = corpus.article(i, published);
                    ndjson.append("{\"index\":{\"_index\":\"").append(ArticleIndices.indexOf(YearMonth.from(published.atZone(ZoneOffset.UTC))))
                        .append("\",\"_id\":\"").append(doc.id()).append("\"}}\n").append(JSON.writeValueAsString(doc)).append('\n');
                }
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearch + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || JSON.readTree(response.body()).path("errors").asBoolean()) {
                    throw new IllegalStateException("bulk failed: " + response.body().substring(0, Math.min(500, response.body().length())));
                }
                return null;
            }));
            if (pending.size() >= 4) {
                pending.remove(0).get();
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        // without the shard request cache: the rounds repeat the same searches, and the cache would answer their requests without
        // hits (the stories' members) from memory after the first pass, which an analyst's new query never gets (docs/query-language.md#latency)
        put(elasticsearch + "/articles-*/_settings", "{\"index\": {\"refresh_interval\": \"1s\", \"requests.cache.enable\": false}}");
        post(elasticsearch + "/articles-*/_refresh", "");
        mergeClosedMonths(elasticsearch, last);
        // measure an archive at rest, as most of one is: searches during the load's merges measure the merges
        long settling = System.nanoTime();
        while (JSON.readTree(get(elasticsearch + "/articles-*/_stats/merge")).at("/_all/total/merges/current").asLong() > 0) {
            Thread.sleep(1000);
        }
        System.out.printf("merges settled %.0f s after the load%n", (System.nanoTime() - settling) / 1e9);
        JsonNode stats = JSON.readTree(get(elasticsearch + "/articles-*/_stats/store,docs"));
        System.out.printf("loaded %,d articles in %.0f s (%.0f articles/s); %d monthly indices, %.2f GiB on disk%n",
            stats.at("/_all/primaries/docs/count").asLong(), seconds, articles / seconds, stats.path("indices").size(),
            stats.at("/_all/primaries/store/size_in_bytes").asLong() / (double) (1L << 30));
    }

    /**
     * As enrichment leaves an archive (libs/elasticsearch-support {@link ClosedMonths}): each month
     * before the current one merged into one segment, which the node does in the background.
     */
    private static void mergeClosedMonths(URI elasticsearch, YearMonth current) throws Exception {
        long start = System.nanoTime();
        try (ElasticsearchClient client = new ElasticsearchClient(new Rest5ClientTransport(
            Rest5Client.builder(new HttpHost(elasticsearch.getScheme(), elasticsearch.getHost(), elasticsearch.getPort())).build(),
            new JacksonJsonpMapper()))) {
            List<String> asked = ClosedMonths.merge(client, current);
            long deadline = start + Duration.ofMinutes(60).toNanos();
            while (!ClosedMonths.unmerged(client, current).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the closed months were not merged within an hour: " + ClosedMonths.unmerged(client, current));
                }
                Thread.sleep(1000);
            }
            System.out.printf("%d closed months merged into one segment each in %.0f s%n", asked.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static void measure(String service, String token, int rounds) throws Exception {
        List<String> order = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            order.addAll(QUERIES);
        }
        // warm-up until steady: the service's and the node's JIT and caches. A fresh service's own share at p95 kept falling for about
        // two hundred passes (10.1 ms after forty, 6.2-7.1 ms after 220-400, docs/query-language.md#latency)
        int warmUp = Integer.getInteger("marsad.bench.search-warm-up", 200);
        for (int pass = 0; pass < warmUp; pass++) {
            for (String q : QUERIES) {
                search(service, token, q);
            }
        }
        Collections.shuffle(order, new Random(1));
        List<Double> all = new ArrayList<>();
        Map<String, List<Double>> byQuery = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        List<Double> ownShare = new ArrayList<>();
        List<Double> beyondRoundTrips = new ArrayList<>();
        for (String q : order) {
            TimedGet.Answer answer = search(service, token, q);
            all.add(answer.millis());
            ownShare.add(answer.millis() - serverTiming(answer, "elasticsearch"));
            beyondRoundTrips.add(answer.millis() - serverTiming(answer, "elasticsearch-round-trips"));
            byQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(answer.millis());
            totals.put(q, JSON.readTree(answer.body()).path("total").asLong());
        }
        // the floor under every figure: the same client, the same HTTP server, no token check and no search
        List<Double> health = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            health.add(TimedGet.get(URI.create(service + "/q/health/live"), null).millis());
        }
        System.out.printf("GET /api/search with facets (6) and timeline, %d queries x %d rounds, one at a time, %s:%n", QUERIES.size(), rounds,
            TimedGet.protocol());
        System.out.printf("  all: p50 %.0f ms, p95 %.0f ms%n", percentile(all, 50), percentile(all, 95));
        System.out.printf("  beyond Elasticsearch's took (HTTP, token check, the service): p50 %.1f ms, p95 %.1f ms%n",
            percentile(ownShare, 50), percentile(ownShare, 95));
        System.out.printf("    of which beyond the service's waits for Elasticsearch (HTTP, token check, the service's code): p50 %.1f ms, p95 %.1f ms%n",
            percentile(beyondRoundTrips, 50), percentile(beyondRoundTrips, 95));
        System.out.printf("  the same client's GET /q/health/live, for comparison: p50 %.2f ms, p95 %.2f ms%n", percentile(health, 50),
            percentile(health, 95));
        System.out.printf(java.util.Locale.ROOT, "bench-result: search-p50-ms=%.0f%nbench-result: search-p95-ms=%.0f%n", percentile(all, 50), percentile(all, 95));
        for (String q : QUERIES) {
            System.out.printf("  %-60s %,10d hits  p50 %5.0f ms  p95 %5.0f ms%n", q, totals.get(q), percentile(byQuery.get(q), 50), percentile(byQuery.get(q), 95));
        }
    }

    /**
     * A metric of the service's {@code Server-Timing} header: {@code elasticsearch} (the sum of its
     * {@code took}) or {@code elasticsearch-round-trips} (how long the service waited for it).
     */
    private static double serverTiming(TimedGet.Answer answer, String metric) {
        String timing = answer.serverTiming()
            .orElseThrow(() -> new IllegalStateException("the search answered without Server-Timing"));
        java.util.regex.Matcher duration = java.util.regex.Pattern.compile("(?:^|,\\s*)" + java.util.regex.Pattern.quote(metric) + ";dur=([0-9.]+)")
            .matcher(timing);
        if (!duration.find()) {
            throw new IllegalStateException("no " + metric + " in Server-Timing: " + timing);
        }
        return Double.parseDouble(duration.group(1));
    }

    private static TimedGet.Answer search(String service, String token, String q) throws Exception {
        TimedGet.Answer answer = TimedGet.get(URI.create(service + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), token);
        if (answer.status() != 200) {
            throw new IllegalStateException(q + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }


    private static void put(String url, String body) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void post(String url, String body) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
