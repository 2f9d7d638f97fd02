package io.marsad.crawler.rest;

import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.FrontierRepository;
import io.marsad.crawler.repository.WebSubRepository;

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
    int minPollIntervalSeconds,
    boolean enabled,
    Health health,
    Round round,
    Instant createdAt,
    Instant updatedAt
) {

    /**
     * How crawling this source goes; {@code articlesLast24h} counts pages fetched in the last 24 hours,
     * {@code doubtfulPagesLast24h} those among them (and the pages not indexed for want of text) whose
     * article text was not found or is doubtful; {@code pollIntervalNowSeconds} is the wait the last
     * poll chose between the source's bounds.
     */
    public record Health(Instant lastFetchAt, Instant lastSuccessAt, int consecutiveFailures, String lastError, int articlesLast24h,
                         int doubtfulPagesLast24h, Integer pollIntervalNowSeconds, Instant nextPollAt, List<Push> push) {}

    /**
     * A WebSub subscription to one of the source's feeds: {@code state} is requested (the hub has
     * yet to verify), active (until {@code leaseUntil}), denied or failed ({@code detail} says why).
     * Its callback key and secret never leave the crawler.
     */
    public record Push(String topic, String hub, String state, String detail, Instant leaseUntil, Instant lastPushAt, long pushes) {

        static Push of(WebSubRepository.Subscription subscription) {
            return new Push(subscription.topic(), subscription.hub(), subscription.state(), subscription.detail(), subscription.leaseUntil(),
                subscription.lastPushAt(), subscription.pushes());
        }
    }

    /**
     * The source's latest round: the listing poll begun at {@code startedAt} ({@code listing} while
     * its feeds, sitemaps and section pages are being read) and the article URLs it found, by how
     * far they got. The round is running while listing or while some are waiting.
     */
    public record Round(Instant startedAt, boolean listing, int found, int waiting, int fetched, int other, boolean running) {

        static Round of(Instant startedAt, FrontierRepository.RoundCounts counts) {
            return new Round(startedAt, counts.listing(), counts.waiting() + counts.fetched() + counts.other(), counts.waiting(), counts.fetched(),
                counts.other(), counts.listing() || counts.waiting() > 0);
        }
    }

    static SourceResponse of(Source source, FrontierRepository.LastDay lastDay) {
        return of(source, lastDay, FrontierRepository.RoundCounts.NONE, List.of());
    }

    static SourceResponse of(Source source, FrontierRepository.LastDay lastDay, FrontierRepository.RoundCounts round,
                             List<WebSubRepository.Subscription> push) {
        return new SourceResponse(source.id, source.name, source.homepage, List.copyOf(source.feedUrls), List.copyOf(source.sitemapUrls),
            List.copyOf(source.sectionUrls), source.languageHint, source.countryHint, source.pollIntervalSeconds, source.minPollIntervalSeconds,
            source.enabled, new Health(source.lastFetchAt, source.lastSuccessAt, source.consecutiveFailures, source.lastError, lastDay.articles(),
                lastDay.doubtfulPages(), source.currentPollIntervalSeconds, source.nextPollAt, push.stream().map(Push::of).toList()),
            Round.of(source.pollStartedAt, round), source.createdAt, source.updatedAt);
    }
}
