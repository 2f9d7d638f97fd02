package io.marsad.local;

import java.util.List;

/**
 * A Marsad service as the launcher runs it.
 *
 * @param database PostgreSQL database it owns, or null
 * @param heap      its JVM's heap, fixed at start ({@code JavaRuntime.serviceCommand})
 */
public record ServiceDefinition(String name, int port, String database, boolean usesElasticsearch, String heap) {

    public static final List<ServiceDefinition> ALL = List.of(
        new ServiceDefinition("crawler", 8081, "crawler", false, "256m"),
        new ServiceDefinition("enrichment", 8082, "enrichment", true, "256m"),
        // a fixed 256 MB heap left search's survivor spaces too small for a search's answers in the making (docs/operations.md#service-heaps)
        new ServiceDefinition("search", 8083, "search", true, "512m"),
        new ServiceDefinition("alerting", 8084, "alerting", false, "256m"),
        new ServiceDefinition("dashboard", 8080, null, false, "256m")
    );

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}
