package io.marsad.alerting.service;

import java.time.Instant;

/**
 * The time an article counts at for alerting: when it was published, unless that is missing or
 * after the article became searchable (a wrong or future date), then when it became searchable.
 * The story window is measured between these times, both when alerts are recorded and when a
 * draft subscription is backtested, so the two count alike whatever the delay of the pipeline.
 */
public final class AlertTime {

    private AlertTime() {}

    /** The article's alert time; {@code now} when it has no time at all. */
    public static Instant of(Instant publishedAt, Instant indexedAt, Instant fetchedAt, Instant now) {
        Instant arrived = indexedAt != null ? indexedAt : fetchedAt;
        if (publishedAt == null) {
            return arrived != null ? arrived : now;
        }
        return arrived != null && publishedAt.isAfter(arrived) ? arrived : publishedAt;
    }
}
