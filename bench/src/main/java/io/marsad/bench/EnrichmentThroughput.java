package io.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.Artifacts;
import io.marsad.local.LocalPaths;
import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.testing.TestServers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Articles per second through the enrichment service (language, entities, keywords, stories,
 * bulk indexing into Elasticsearch, the alerting outbox), by bulk size. For each size: a fresh
 * database, the packaged service as its own process on the real servers, {@code n} articles
 * handed in through {@code POST /api/articles} before indexing starts (its start is delayed), then
 * indexing timed from the first confirmed batch to the last. Not a test: run it with
 * {@code ./marsad bench enrichment [articles] [bulk sizes…]} (docs/operations.md#benchmarks).
 */
public final class EnrichmentThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code -Dmarsad.postgres.statement-statistics=true}: also print where PostgreSQL's time went. */
    private static final boolean STATEMENT_STATISTICS = Boolean.getBoolean("marsad.postgres.statement-statistics");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ProcessCpu CPU = new ProcessCpu(List.of(new ProcessCpu.Group("enrichment", "services/enrichment/target/quarkus-app"),
        new ProcessCpu.Group("Elasticsearch", "EmbeddedElasticsearch"), new ProcessCpu.Group("PostgreSQL", "postgres")));

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10, 50, 200, 500);
        }
        Path root = Path.of(System.getProperty("marsad.root", "."));
        Path jar = root.resolve("services/enrichment/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build first (./marsad build): " + jar);
        }
        NewsCorpus corpus = new NewsCorpus(root);
        // -Dmarsad.bench.elasticsearch-heap=1g: a node of its own with that heap (the Kubernetes layout's 2 GiB pod gives
        // Elasticsearch 1 GiB), fresh under target/bench-enrichment; otherwise the tests' node (512 MiB, as ./marsad up's)
        String heap = System.getProperty("marsad.bench.elasticsearch-heap");
        URI elasticsearch;
        if (heap == null) {
            elasticsearch = TestServers.elasticsearch();
        } else {
            Path nodeDirectory = Path.of("target", "bench-enrichment", "elasticsearch").toAbsolutePath();
            LocalPaths.deleteTree(nodeDirectory);
            ElasticsearchServer node = ElasticsearchServer.start(nodeDirectory, Artifacts.fromBuild(), Ports.freeLoopbackPort(), heap);
            Runtime.getRuntime().addShutdownHook(new Thread(node::close));
            elasticsearch = node.url();
        }
        String realm = TestServers.keycloak() + "/realms/marsad";
        int added = Integer.getInteger("marsad.bench.added-entities", 0);
        if (added > 0) {
            System.out.printf("knowledge base: the bundled one and %,d made-up entities added (AddedEntities)%n", added);
        }
        System.out.printf("%d articles of the realistic news corpus (NewsCorpus: four languages, names by prominence, one in seven a syndicated copy), %d cores, Java %s, Elasticsearch heap %s%n",
            articles, Runtime.getRuntime().availableProcessors(), Runtime.version(), heap == null ? "512m" : heap);
        System.out.printf("%10s %12s %14s %12s%n", "bulk size", "articles/s", "ms per batch", "intake/s");
        for (int size : sizes) {
            run(jar, elasticsearch, realm, size, articles, corpus, added);
        }
    }

    private static void run(Path jar, URI elasticsearch, String realm, int size, int articles, NewsCorpus corpus, int addedEntities)
        throws Exception {
        String database = "bench_enrichment_" + size + "_" + UUID.randomUUID().toString().substring(0, 6);
        String jdbcUrl = TestServers.postgresDatabase(database);
        int port = Ports.freeLoopbackPort();
        Path dir = Path.of("target", "bench-enrichment");
        Map<String, String> env = new HashMap<>(Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString(),
            "MARSAD_INDEX_REPLICAS", "0",
            "MARSAD_INDEX_BATCH_SIZE", Integer.toString(size),
            "MARSAD_INDEX_START_DELAY", "40s",
            "QUARKUS_REST_CLIENT_ALERTING_URL", "http://127.0.0.1:9"));
        env.put("MARSAD_ALERTING_RELAY_EVERY", "100000s");
        env.put("MARSAD_WAKE_ON_NEW_WORK", "false"); // else the intake wakes indexing at once, and the two share the cores for a while
        if (addedEntities > 0) {
            // time to write them and for the service to read them (its first look at additions is 30 s after start) before indexing starts
            env.put("MARSAD_INDEX_START_DELAY", "150s");
            env.put("MARSAD_ENTITIES_REFRESH_EVERY", "2s");
        }
        String workers = System.getProperty("marsad.bench.index-workers");
        if (workers != null) {
            env.put("MARSAD_INDEX_WORKERS", workers); // else the service's default
        }
        // -Dmarsad.bench.profile=true: a Java Flight Recorder profile per run, for `jfr print` or JDK Mission Control
        // -Dmarsad.bench.service-options=-XX:+UseParallelGC;-XX:…: more JVM options for the service (";" since MARSAD_BENCH_OPTS is split on spaces)
        List<String> options = new ArrayList<>();
        String extra = System.getProperty("marsad.bench.service-options", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("[;\\s]+")));
        }
        if (Boolean.getBoolean("marsad.bench.profile")) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + dir.toAbsolutePath().resolve("enrichment-" + size + ".jfr"));
        }
        List<String> command = JavaRuntime.serviceCommand(jar, "1g", options);
        try (ManagedProcess service = ManagedProcess.start("enrichment-" + size, command, env, dir, dir.resolve("enrichment-" + size + ".log"))) {
            HttpWait.untilOk(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120), service::isAlive, "enrichment");
            String token = BenchCorpus.token(HTTP, realm, BenchCorpus.pipelineGrant());
            if (addedEntities > 0) {
                AddedEntities.write(jdbcUrl, addedEntities);
                waitForEntity(port, token, AddedEntities.id(addedEntities - 1), service);
            }
            java.time.Instant now = java.time.Instant.now();
            long intakeStart = System.nanoTime();
            for (int sent = 0; sent < articles; sent += 250) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = sent; i < Math.min(articles, sent + 250); i++) {
                    batch.add(corpus.crawled(i, now.minusSeconds(i * 7L % 86_400)));
                }
                BenchCorpus.post(HTTP, "http://127.0.0.1:" + port + "/api/articles", token, JSON.writeValueAsString(Map.of("articles", batch)), 202);
            }
            double intakeSeconds = (System.nanoTime() - intakeStart) / 1e9;
            if (STATEMENT_STATISTICS) {
                execute(jdbcUrl, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                execute(jdbcUrl, "SELECT pg_stat_statements_reset()");
            }
            Map<String, Double> cpuBefore = CPU.seconds();
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (count(jdbcUrl, "SELECT count(*) FROM (SELECT 1 FROM article_intake WHERE indexed_at IS NULL LIMIT 1) AS waiting") > 0) {
                if (System.nanoTime() > deadline || !service.isAlive()) {
                    throw new IllegalStateException("indexing did not finish: " + service.logTail(20));
                }
                Thread.sleep(1000); // each look is a scan of the pending articles' index, counted in PostgreSQL's CPU
            }
            if (seconds(jdbcUrl, "SELECT extract(epoch FROM min(indexed_at) - max(received_at)) FROM article_intake") < 0) {
                System.out.println("  (indexing started before the intake ended: the figure below is bounded by the intake)");
            }
            Map<String, Double> cpu = ProcessCpu.between(cpuBefore, CPU.seconds());
            double seconds = seconds(jdbcUrl, "SELECT extract(epoch FROM max(indexed_at) - min(indexed_at)) FROM article_intake");
            double rate = (articles - size) / seconds;
            System.out.printf("%10d %12.0f %14.0f %12.0f%n", size, rate, 1000.0 * size / rate, articles / intakeSeconds);
            StringBuilder perArticle = new StringBuilder();
            cpu.forEach((group, used) -> perArticle.append(String.format(Locale.ROOT, "%s%s %.2f", perArticle.isEmpty() ? "" : ", ", group,
                1000.0 * used / articles)));
            System.out.println("           CPU ms per article while indexing: " + perArticle);
            printLastFold(jdbcUrl, articles, deadline, service);
            System.out.printf(Locale.ROOT, "bench-result: enrichment-bulk%d-articles-per-s=%.0f%n", size, rate);
            if (STATEMENT_STATISTICS) {
                printStatements(jdbcUrl, articles);
            }
            printIndexSize(elasticsearch, articles);
        }
    }

    /**
     * Counted articles reach the keyword statistics at the service's next fold, after the last is
     * indexed: PostgreSQL's CPU from then until the fold is done, per article, to add to the figure
     * while indexing (builds from before the fold, 2026-12-02, have no such table and print nothing).
     */
    private static void printLastFold(String jdbcUrl, int articles, long deadline, ManagedProcess service) throws Exception {
        if (count(jdbcUrl, "SELECT count(*) FROM pg_tables WHERE tablename = 'term_counts_pending'") == 0) {
            return;
        }
        Map<String, Double> before = CPU.seconds();
        long start = System.nanoTime();
        while (count(jdbcUrl, "SELECT count(*) FROM term_counts_pending") > 0) {
            if (System.nanoTime() > deadline || !service.isAlive()) {
                throw new IllegalStateException("the keyword statistics were not folded: " + service.logTail(20));
            }
            Thread.sleep(1000);
        }
        double used = ProcessCpu.between(before, CPU.seconds()).getOrDefault("PostgreSQL", 0.0);
        System.out.printf(Locale.ROOT, "           then, until the last fold of the keyword statistics (%.0f s): PostgreSQL %.2f ms per article%n",
            (System.nanoTime() - start) / 1e9, 1000.0 * used / articles);
    }

    /** The article indices' primary store per article, merged to one segment each so that runs compare (after the timing). */
    private static void printIndexSize(URI elasticsearch, int articles) throws Exception {
        HTTP.send(HttpRequest.newBuilder(elasticsearch.resolve("/articles-*/_forcemerge?max_num_segments=1")).POST(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.discarding());
        String stats = HTTP.send(HttpRequest.newBuilder(elasticsearch.resolve("/articles-*/_stats/store")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body();
        long bytes = JSON.readTree(stats).path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
        System.out.printf(Locale.ROOT, "           article index, merged: %.1f MB, %.2f KB per article%n", bytes / 1e6, bytes / 1e3 / articles);
    }

    /** PostgreSQL's statements while indexing, most time first (pg_stat_statements; the test server loads it when asked). */
    private static void printStatements(String jdbcUrl, int articles) throws Exception {
        String query = """
            SELECT calls, total_plan_time + total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY 2 DESC LIMIT 12""";
        System.out.printf("           PostgreSQL statements while indexing: %10s %14s %10s  statement%n", "calls", "ms per article", "rows");
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                String statement = r.getString(4);
                System.out.printf(Locale.ROOT, "           %48d %14.3f %10d  %s%n", r.getLong(1), r.getDouble(2) / articles, r.getLong(3),
                    statement.substring(0, Math.min(140, statement.length())));
            }
        }
    }

    private static void execute(String jdbcUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Until the service's knowledge base has the entity (it reads additions on its beat). */
    private static void waitForEntity(int port, String token, String id, ManagedProcess service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(110).toNanos();
        while (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/entities/" + id)).header("Authorization", "Bearer " + token)
            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline || !service.isAlive()) {
                throw new IllegalStateException("the service did not read the added entities: " + service.logTail(20));
            }
            Thread.sleep(500);
        }
    }

    private static int count(String jdbcUrl, String query) throws Exception {
        return (int) seconds(jdbcUrl, query);
    }

    private static double seconds(String jdbcUrl, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getDouble(1);
        }
    }
}
