package io.marsad.search.rest;

import io.marsad.search.service.ElasticsearchTime;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code Server-Timing: elasticsearch;dur=…} to answers that searched: the benchmark and a
 * browser's developer tools read from it how much of a request was Elasticsearch's.
 */
public class ServerTimingFilter {

    private final ElasticsearchTime elasticsearch;

    ServerTimingFilter(ElasticsearchTime elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @ServerResponseFilter
    public void addTiming(ContainerResponseContext response) {
        if (elasticsearch.used()) {
            response.getHeaders().add("Server-Timing", "elasticsearch;dur=" + elasticsearch.millis());
        }
    }
}
