package io.marsad.search.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * Elasticsearch's part of one API call, so that the answer can tell it apart from the service's
 * own share (the {@code Server-Timing} header): the time Elasticsearch reported ({@code took}) and
 * the time the service waited for it (the client's round trips: request and answer on the wire,
 * Elasticsearch's HTTP layer and the client's reading of the answer, beyond {@code took}).
 */
@RequestScoped
public class ElasticsearchTime {

    /** What one request to Elasticsearch took, by its own account and as the service waited for it. */
    @FunctionalInterface
    public interface Recorder {
        void record(long tookMillis, long roundTripNanos);
    }

    private long millis;
    private long roundTripNanos;
    private boolean used;

    void add(long tookMillis, long roundTripNanos) {
        millis += tookMillis;
        this.roundTripNanos += roundTripNanos;
        used = true;
    }

    public boolean used() {
        return used;
    }

    /** The sum of Elasticsearch's {@code took}. */
    public long millis() {
        return millis;
    }

    /** The sum of the service's waits for Elasticsearch. */
    public double roundTripMillis() {
        return roundTripNanos / 1e6;
    }
}
