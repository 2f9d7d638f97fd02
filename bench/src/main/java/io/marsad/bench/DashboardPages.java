package io.marsad.bench;

import io.marsad.local.LocalPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.marsad.browser.SystemChromium;
import io.marsad.local.Artifacts;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's pages on the local platform (docs/dashboard.md#performance): the packaged
 * dashboard, search, alerting and enrichment on a generated corpus of {@code n} articles (as
 * {@link SearchLatency} makes it) in a real Elasticsearch node, a signed-in analyst in Debian's
 * Chromium. For each page it measures, in a browser with an empty cache, what the page transfers
 * (document, style, script, fonts, and the fragments it loads itself) and, over {@code rounds}
 * loads with a warm cache, the time from navigation to the first rendered results (the page's own
 * results selector in the DOM). Not a test: {@code ./marsad bench pages [n] [rounds]}.
 */
public final class DashboardPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A page and the element that shows its results have rendered. */
    record Measured(String name, String path, String results) {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Path.of(System.getProperty("marsad.root", "."));
        Path logs = Path.of("target", "bench-pages");
        LocalPaths.deleteTree(logs.resolve("elasticsearch")); // a fresh node each run: the corpus is generated again
        ElasticsearchServer node = ElasticsearchServer.start(logs.resolve("elasticsearch").toAbsolutePath(), Artifacts.fromBuild(),
            Ports.freeLoopbackPort(), "1g");
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        long ram = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        System.out.printf("corpus: %,d articles; machine: %d cores, %d GiB RAM; Elasticsearch heap 1 GiB; Java %s%n", articles,
            Runtime.getRuntime().availableProcessors(), ram >> 30, Runtime.version());
        SearchLatency.load(node.url(), articles, new NewsCorpus(root));

        String realm = TestServers.keycloak() + "/realms/marsad";
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : List.of("search", "alerting", "enrichment", "dashboard")) {
            ports.put(service, Ports.freeLoopbackPort());
        }
        String searchUrl = "http://127.0.0.1:" + ports.get("search");
        String alertingUrl = "http://127.0.0.1:" + ports.get("alerting");
        String dashboardUrl = "http://127.0.0.1:" + ports.get("dashboard");
        List<ManagedProcess> services = new ArrayList<>();
        try {
            services.add(start(root, "search", ports, logs, Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("bench_pages_search_" + run),
                "QUARKUS_OIDC_AUTH_SERVER_URL", realm, "MARSAD_ELASTICSEARCH_HOSTS", node.url().toString())));
            services.add(start(root, "alerting", ports, logs, Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("bench_pages_alerting_" + run),
                "QUARKUS_OIDC_AUTH_SERVER_URL", realm, "MARSAD_SERVICES_SEARCH_URL", searchUrl)));
            services.add(start(root, "enrichment", ports, logs, Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                TestServers.postgresDatabase("bench_pages_enrichment_" + run), "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
                "MARSAD_ELASTICSEARCH_HOSTS", node.url().toString(), "MARSAD_SERVICES_ALERTING_URL", alertingUrl)));
            services.add(start(root, "dashboard", ports, logs, Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", realm, "MARSAD_SERVICES_SEARCH_URL", searchUrl,
                "MARSAD_SERVICES_ALERTING_URL", alertingUrl, "MARSAD_SERVICES_ENRICHMENT_URL", "http://127.0.0.1:" + ports.get("enrichment"))));

            String token = BenchCorpus.token(HTTP, realm, BenchCorpus.analystGrant());
            long monitor = post(searchUrl + "/api/monitors", token, "{\"name\": \"Putin\", \"query\": \"putin OR بوتين OR Путин\"}").path("id").asLong();
            post(searchUrl + "/api/monitors", token, "{\"name\": \"Kim\", \"query\": \"kim OR كيم\"}");
            post(alertingUrl + "/api/subscriptions", token, "{\"name\": \"Putin\", \"query\": \"putin OR بوتين\"}");
            String article = post(searchUrl + "/api/search", token, "{\"q\": \"بوتين\", \"size\": 1}").at("/hits/0/article/id").asText();
            List<Measured> pages = List.of(
                new Measured("monitors", "/monitors", "#monitors li svg.sparkline"),
                new Measured("monitor", "/monitors/" + monitor, "#hits li.hit"),
                new Measured("article", "/articles/" + article, "#article .paragraph"),
                new Measured("entity", "/entities/person:vladimir-putin", "#latest li"),
                new Measured("subscriptions", "/subscriptions", "#subscriptions li"),
                new Measured("alerts", "/alerts", "#alert-list"));

            try (SystemChromium chromium = SystemChromium.launch(); BrowserContext signedIn = chromium.browser.newContext()) {
                Page page = signedIn.newPage();
                page.navigate(dashboardUrl + "/monitors");
                page.fill("#username", "analyst");
                page.fill("#password", "analyst");
                page.click("#kc-login");
                page.waitForURL(url -> url.startsWith(dashboardUrl));
                page.waitForSelector("#monitors li");
                String session = signedIn.storageState();
                System.out.printf("%n%-14s %12s %9s %12s %12s %12s%n", "page", "cold bytes", "requests", "results p50", "results p95", "document p50");
                for (Measured measured : pages) {
                    long[] cold = cold(chromium.browser, session, measured.name(), dashboardUrl + measured.path(), measured.results());
                    double[] warm = new double[rounds];
                    double[] document = new double[rounds];
                    for (int i = 0; i < rounds; i++) {
                        double[] timing = warm(page, dashboardUrl + measured.path(), measured.results());
                        warm[i] = timing[0];
                        document[i] = timing[1];
                    }
                    Arrays.sort(warm);
                    Arrays.sort(document);
                    System.out.printf(Locale.ROOT, "%-14s %12d %9d %10.0f ms %10.0f ms %10.0f ms   largest: %s%n", measured.name(), cold[0],
                        cold[1], percentile(warm, 50), percentile(warm, 95), percentile(document, 50), largest.get(measured.name()));
                }
            }
        } finally {
            for (ManagedProcess service : services.reversed()) {
                service.close();
            }
        }
    }

    private static ManagedProcess start(Path root, String name, Map<String, Integer> ports, Path logs, Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>(settings);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        return PackagedService.start(name, root.resolve("services/" + name + "/target/quarkus-app/quarkus-run.jar"), env, ports.get(name), logs);
    }

    /** Each page's three largest transfers with an empty cache, as path=bytes. */
    private static final Map<String, String> largest = new LinkedHashMap<>();

    /** Bytes transferred and requests made by one load with an empty cache, once its results show. */
    private static long[] cold(Browser browser, String session, String name, String url, String results) {
        try (BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setStorageState(session))) {
            Page page = fresh.newPage();
            page.navigate(url);
            page.waitForSelector(results);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            Object measured = page.evaluate("() => { const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]"
                + "; return [all.reduce((sum, e) => sum + (e.transferSize || 0), 0), all.length]; }");
            List<?> values = (List<?>) measured;
            largest.put(name, String.valueOf(page.evaluate("() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]"
                + ".sort((a, b) => b.transferSize - a.transferSize).slice(0, 3).map(e => new URL(e.name).pathname.split('/').pop() + '=' + e.transferSize)"
                + ".join(' ')")));
            return new long[] {((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue()};
        }
    }

    /** Milliseconds from navigation to the results in the DOM, and to the document's arrival, with a warm cache. */
    private static double[] warm(Page page, String url, String results) {
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
        page.waitForSelector(results);
        List<?> values = (List<?>) page.evaluate("() => [performance.now(), performance.getEntriesByType('navigation')[0].responseEnd]");
        return new double[] {((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).doubleValue()};
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static JsonNode post(String url, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
