package io.marsad.enrichment.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * How fresh the index is, per article, as Prometheus histograms: from the page's publication time
 * to searchable (articles without one are not counted), and from the crawler's fetch to searchable
 * — the pipeline's own share. An old backlog crawled today counts with its true age.
 */
final class FreshnessTimers {

    private FreshnessTimers() {}

    static Timer publishedToSearchable(MeterRegistry registry) {
        return timer(registry, "marsad.enrichment.published.to.searchable", "from an article's publication to its indexing");
    }

    static Timer fetchedToSearchable(MeterRegistry registry) {
        return timer(registry, "marsad.enrichment.fetched.to.searchable", "from the crawler's fetch of an article to its indexing");
    }

    private static Timer timer(MeterRegistry registry, String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(100)).maximumExpectedValue(Duration.ofDays(1)).register(registry);
    }
}
