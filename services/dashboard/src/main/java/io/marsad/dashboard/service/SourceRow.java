package io.marsad.dashboard.service;

import io.marsad.dashboard.client.SourceView;

import java.time.ZoneId;
import java.util.Locale;

/**
 * A source as the sources page shows it: its crawl health in words (never polled, healthy, or
 * failing N times in a row with the last error) and its latest round as a progress bar while it
 * runs — the article pages its last poll found, fetched or otherwise done, of all it found.
 * {@code running} is also true while an enabled source waits for its first poll, so the page keeps watching it.
 */
public record SourceRow(SourceView source, String health, String lastFetch, String lastSuccess, boolean running, boolean listing, int done,
                        int found) {

    /** Health keys (message names): {@code neverPolled}, {@code healthy}, {@code failing}. */
    public static SourceRow of(SourceView source, Locale locale, ZoneId zone) {
        SourceView.Health health = source.health();
        SourceView.Round round = source.round();
        String state = health == null || health.lastFetchAt() == null ? "neverPolled" : health.consecutiveFailures() > 0 ? "failing" : "healthy";
        int found = round == null ? 0 : round.found();
        int done = round == null ? 0 : round.fetched() + round.other();
        // an enabled source not polled yet is about to be: the page keeps watching it too
        boolean watched = (round != null && round.running()) || (source.enabled() && state.equals("neverPolled"));
        return new SourceRow(source, state, health == null ? "" : Dates.when(health.lastFetchAt(), locale, zone),
            health == null ? "" : Dates.when(health.lastSuccessAt(), locale, zone), watched, round != null && round.listing(), done, found);
    }
}
