package io.marsad.search.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * The time Elasticsearch reported ({@code took}) for the requests one API call made, so that the
 * answer can tell it apart from the service's own share (the {@code Server-Timing} header).
 */
@RequestScoped
public class ElasticsearchTime {

    private long millis;
    private boolean used;

    void add(long tookMillis) {
        millis += tookMillis;
        used = true;
    }

    public boolean used() {
        return used;
    }

    public long millis() {
        return millis;
    }
}
