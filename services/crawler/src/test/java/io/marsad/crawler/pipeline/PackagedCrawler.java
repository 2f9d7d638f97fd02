package io.marsad.crawler.pipeline;

import io.marsad.local.process.ManagedProcess;
import io.marsad.local.testing.PackagedService;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The packaged crawler as a real process, with the fast beats the process tests need. */
final class PackagedCrawler {

    private PackagedCrawler() {}

    /**
     * The environment of a crawler on {@code port} with its database, realm and (stand-in)
     * enrichment; {@code overrides} win.
     */
    static Map<String, String> environment(int port, String jdbcUrl, String realm, String enrichmentUrl, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "QUARKUS_REST_CLIENT_ENRICHMENT_URL", enrichmentUrl,
            "MARSAD_CRAWLER_ALLOWED_HOSTS", "127.0.0.1",
            "MARSAD_CRAWLER_START_DELAY", "1s",
            "MARSAD_CRAWLER_LISTINGS_EVERY", "1s",
            "MARSAD_CRAWLER_PAGES_EVERY", "1s",
            "MARSAD_CRAWLER_HANDOFF_EVERY", "1s"));
        env.putAll(overrides);
        return env;
    }

    /** Starts target/quarkus-app (or -Dmarsad.crawler.jar) and waits until it is ready. */
    static ManagedProcess start(String name, Map<String, String> env, int port, Path logDir) {
        Path jar = Path.of(System.getProperty("marsad.crawler.jar", "target/quarkus-app/quarkus-run.jar"));
        return PackagedService.start("crawler-" + name, jar, env, port, logDir);
    }
}
