package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** A source with its crawl health and latest round, as the crawler answers it (the contract's {@code Source}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceView(long id, String name, String homepage, List<String> feedUrls, List<String> sitemapUrls, List<String> sectionUrls,
                         String languageHint, String countryHint, int pollIntervalSeconds, boolean enabled, Health health, Round round) {

    /**
     * {@code doubtfulPagesLast24h}: pages whose article text the crawler did not find or doubts;
     * {@code pollIntervalNowSeconds}: the wait the crawler chose after the last poll; {@code push}:
     * WebSub subscriptions of its feeds.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Health(Instant lastFetchAt, Instant lastSuccessAt, int consecutiveFailures, String lastError, int articlesLast24h,
                         int doubtfulPagesLast24h, Integer pollIntervalNowSeconds, List<Push> push) {

        public Health(Instant lastFetchAt, Instant lastSuccessAt, int consecutiveFailures, String lastError, int articlesLast24h) {
            this(lastFetchAt, lastSuccessAt, consecutiveFailures, lastError, articlesLast24h, 0, null, List.of());
        }
    }

    /** A WebSub subscription's state: requested, active, denied or failed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Push(String state, Instant lastPushAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Round(Instant startedAt, boolean listing, int found, int waiting, int fetched, int other, boolean running) {}

    /** This source's settings as they would be written back, with {@code enabled} as given. */
    public SourceDraft withEnabled(boolean enabled) {
        return new SourceDraft(name, homepage, feedUrls, sitemapUrls, sectionUrls, languageHint, countryHint, pollIntervalSeconds, enabled);
    }
}
