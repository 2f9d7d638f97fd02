package io.marsad.local;

import java.util.List;

/**
 * A Marsad service as the launcher runs it.
 *
 * @param database PostgreSQL database it owns, or null
 */
public record ServiceDefinition(String name, int port, String database, boolean usesElasticsearch) {

    public static final List<ServiceDefinition> ALL = List.of(
        new ServiceDefinition("crawler", 8081, "crawler", false),
        new ServiceDefinition("enrichment", 8082, "enrichment", true),
        new ServiceDefinition("search", 8083, "search", true),
        new ServiceDefinition("alerting", 8084, "alerting", false),
        new ServiceDefinition("dashboard", 8080, null, false)
    );

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}
