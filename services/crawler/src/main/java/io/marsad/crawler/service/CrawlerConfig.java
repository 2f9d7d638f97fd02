package io.marsad.crawler.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code marsad.crawler.*} */
@ConfigMapping(prefix = "marsad.crawler")
public interface CrawlerConfig {

    /** Hosts or addresses exempt from the SSRF guard, e.g. a fixture site on 127.0.0.1 in tests. Empty in production. */
    Optional<List<String>> allowedHosts();

    /** Sent with every request; names Marsad and a contact URL, as polite crawlers do. */
    @WithDefault("Marsad/0.1 (+https://github.com/marsad-news/marsad/blob/main/docs/crawling.md)")
    String userAgent();

    /** The token robots.txt groups are matched against. */
    @WithDefault("marsad")
    String robotName();

    /** Longest wait for the next bytes of a response. */
    @WithDefault("20s")
    Duration readTimeout();

    /** Requests in flight at once, all hosts together. */
    @WithDefault("16")
    int maxConcurrentRequests();

    /** Pause between two requests to one host when robots.txt asks for less. */
    @WithDefault("2s")
    Duration minDelay();

    /** Article pages fetched per scheduler run. */
    @WithDefault("200")
    int pagesPerRun();

    /** Articles per hand-off request to enrichment. */
    @WithDefault("50")
    int handOffBatch();

    /**
     * How long a worker holds a leased URL; after a crash its URLs are due again this much later.
     * Renewed while the pass that leased it runs.
     */
    @WithDefault("30s")
    Duration lease();

    /** Attempts before a page that keeps failing transiently is given up. */
    @WithDefault("4")
    int maxAttempts();

    /** How often due sources' listings are polled ({@link CrawlScheduler}). */
    @WithDefault("30s")
    Duration listingsEvery();

    /** How often due article pages are fetched. */
    @WithDefault("5s")
    Duration pagesEvery();

    /** How often the outbox is handed to enrichment. */
    @WithDefault("5s")
    Duration handoffEvery();

    /** The pause after start-up before the pipeline's first step. */
    @WithDefault("10s")
    Duration startDelay();

    /**
     * Where hubs reach this crawler's WebSub callbacks: its own base URL as seen from the hubs
     * (e.g. {@code https://crawler.example.org}). Unset, feeds that announce a hub are polled only.
     */
    Optional<java.net.URI> websubCallbackUrl();

    /** The lease asked of hubs; the subscription is renewed before it ends. */
    @WithDefault("1d")
    Duration websubLease();
}
