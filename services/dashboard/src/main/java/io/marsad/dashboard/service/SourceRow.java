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
                        int found, int pollEverySeconds, String push) {

    /** Whole minutes of the poll interval, for intervals of two minutes or more. */
    public int pollEveryMinutes() {
        return pollEverySeconds / 60;
    }

    /**
     * Health keys (message names): {@code neverPolled}, {@code healthy}, {@code failing}; with how
     * often the crawler polls the source now and whether its hub pushes.
     */
    public static SourceRow of(SourceView source, Locale locale, ZoneId zone) {
        SourceView.Health health = source.health();
        SourceView.Round round = source.round();
        String state = health == null || health.lastFetchAt() == null ? "neverPolled" : health.consecutiveFailures() > 0 ? "failing" : "healthy";
        int found = round == null ? 0 : round.found();
        int done = round == null ? 0 : round.fetched() + round.other();
        // an enabled source not polled yet is about to be: the page keeps watching it too
        boolean watched = (round != null && round.running()) || (source.enabled() && state.equals("neverPolled"));
        return new SourceRow(source, state, health == null ? "" : Dates.when(health.lastFetchAt(), locale, zone),
            health == null ? "" : Dates.when(health.lastSuccessAt(), locale, zone), watched, round != null && round.listing(), done, found,
            health == null || health.pollIntervalNowSeconds() == null ? 0 : health.pollIntervalNowSeconds(), push(health));
    }

    /** Message key of the feeds' WebSub state, the best of them: pushActive, pushRequested, pushRefused; empty without a hub. */
    private static String push(SourceView.Health health) {
        if (health == null || health.push() == null || health.push().isEmpty()) {
            return "";
        }
        java.util.Set<String> states = health.push().stream().map(SourceView.Push::state).collect(java.util.stream.Collectors.toSet());
        return states.contains("active") ? "pushActive" : states.contains("requested") ? "pushRequested" : "pushRefused";
    }
}
