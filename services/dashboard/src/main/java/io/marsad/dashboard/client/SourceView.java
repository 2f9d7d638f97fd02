package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** A source with its crawl health and latest round, as the crawler answers it (the contract's {@code Source}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceView(long id, String name, String homepage, List<String> feedUrls, List<String> sitemapUrls, List<String> sectionUrls,
                         String languageHint, String countryHint, int pollIntervalSeconds, boolean enabled, Health health, Round round) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Health(Instant lastFetchAt, Instant lastSuccessAt, int consecutiveFailures, String lastError, int articlesLast24h) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Round(Instant startedAt, boolean listing, int found, int waiting, int fetched, int other, boolean running) {}

    /** This source's settings as they would be written back, with {@code enabled} as given. */
    public SourceDraft withEnabled(boolean enabled) {
        return new SourceDraft(name, homepage, feedUrls, sitemapUrls, sectionUrls, languageHint, countryHint, pollIntervalSeconds, enabled);
    }
}
