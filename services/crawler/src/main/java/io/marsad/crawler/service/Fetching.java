package io.marsad.crawler.service;

import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.fetch.FetchLimits;
import io.marsad.crawler.fetch.HostPacer;
import io.marsad.crawler.fetch.HttpFetcher;
import io.marsad.crawler.fetch.PoliteFetcher;
import io.marsad.crawler.fetch.RobotsCache;
import io.marsad.crawler.parse.FeedParser;
import io.marsad.crawler.parse.SectionPageParser;
import io.marsad.crawler.parse.SitemapParser;
import io.marsad.crawler.repository.SharedHostTurns;
import io.marsad.guard.AddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The pipeline's stages as beans, configured from {@code marsad.crawler.*}. */
@ApplicationScoped
public class Fetching {

    /** The SSRF guard (libs/address-guard) with the configured exemptions, for sources as they are saved and every fetch. */
    @Produces
    @Singleton
    AddressPolicy addressPolicy(CrawlerConfig config) {
        return AddressPolicy.allowing(config.allowedHosts().orElse(java.util.List.of()));
    }

    @Produces
    @Singleton
    HttpFetcher httpFetcher(AddressPolicy policy, CrawlerConfig config) {
        FetchLimits defaults = FetchLimits.defaults();
        FetchLimits limits = new FetchLimits(defaults.maxBytes(), defaults.maxDecompressedBytes(), defaults.connectTimeout(),
            config.readTimeout(), defaults.total(), defaults.maxRedirects());
        return new HttpFetcher(policy, limits, config.userAgent(), config.maxConcurrentRequests() * 2);
    }

    void close(@Disposes HttpFetcher fetcher) throws IOException {
        fetcher.close();
    }

    @Produces
    @Singleton
    PoliteFetcher politeFetcher(HttpFetcher http, CrawlerConfig config, SharedHostTurns hostTurns, WorkerIdentity worker) {
        Clock clock = Clock.systemUTC();
        // host turns in PostgreSQL: every replica paces each host together (docs/crawling.md)
        HostPacer pacer = new HostPacer(config.maxConcurrentRequests(), hostTurns, worker.id());
        return new PoliteFetcher(http, new RobotsCache(config.robotName(), clock), pacer,
            new PoliteFetcher.Politeness(config.minDelay(), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }

    @Produces
    @Singleton
    FeedParser feedParser() {
        return new FeedParser();
    }

    @Produces
    @Singleton
    SitemapParser sitemapParser() {
        return new SitemapParser();
    }

    @Produces
    @Singleton
    SectionPageParser sectionPageParser() {
        return new SectionPageParser();
    }
}
