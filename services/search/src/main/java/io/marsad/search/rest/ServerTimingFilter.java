package io.marsad.search.rest;

import io.marsad.search.service.ElasticsearchTime;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code Server-Timing: elasticsearch;dur=…, elasticsearch-round-trips;dur=…} to answers that
 * searched: the benchmark and a browser's developer tools read from it how much of a request was
 * Elasticsearch's by its own account ({@code took}), and how long the service waited for it.
 */
public class ServerTimingFilter {

    private final ElasticsearchTime elasticsearch;

    ServerTimingFilter(ElasticsearchTime elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @ServerResponseFilter
    public void addTiming(ContainerResponseContext response) {
        if (elasticsearch.used()) {
            response.getHeaders().add("Server-Timing", String.format(java.util.Locale.ROOT, "elasticsearch;dur=%d, elasticsearch-round-trips;dur=%.1f",
                elasticsearch.millis(), elasticsearch.roundTripMillis()));
        }
    }
}
