package io.marsad.crawler.rest;

import io.marsad.crawler.model.Source;

import java.time.Instant;
import java.util.List;

/** A source as the API shows it. */
public record SourceResponse(
    long id,
    String name,
    String homepage,
    List<String> feedUrls,
    List<String> sitemapUrls,
    List<String> sectionUrls,
    String languageHint,
    String countryHint,
    int pollIntervalSeconds,
    boolean enabled,
    Health health,
    Instant createdAt,
    Instant updatedAt
) {

    /** How crawling this source goes; {@code articlesLast24h} counts pages fetched in the last 24 hours. */
    public record Health(Instant lastFetchAt, Instant lastSuccessAt, int consecutiveFailures, String lastError, int articlesLast24h) {}

    static SourceResponse of(Source source, int articlesLast24h) {
        return new SourceResponse(source.id, source.name, source.homepage, List.copyOf(source.feedUrls), List.copyOf(source.sitemapUrls),
            List.copyOf(source.sectionUrls), source.languageHint, source.countryHint, source.pollIntervalSeconds, source.enabled,
            new Health(source.lastFetchAt, source.lastSuccessAt, source.consecutiveFailures, source.lastError, articlesLast24h),
            source.createdAt, source.updatedAt);
    }
}
