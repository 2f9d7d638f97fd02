package io.marsad.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fetch stage as the crawler uses it: robots.txt first, then the host's turn, then the request;
 * a 429/503 puts the host on hold for as long as it asked (or a default back-off).
 */
public final class PoliteFetcher {

    /**
     * @param minDelay      pause between two requests to one host, when robots.txt asks for less
     * @param maxCrawlDelay longest robots.txt crawl delay honoured as such; beyond it this one is used
     * @param maxWait       longest a caller waits for a host's turn before getting THROTTLED back
     * @param backOff       pause after a 429/503 without Retry-After
     */
    public record Politeness(Duration minDelay, Duration maxCrawlDelay, Duration maxWait, Duration backOff) {
        public static Politeness defaults() {
            return new Politeness(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5));
        }
    }

    private final HttpFetcher http;
    private final RobotsCache robots;
    private final HostPacer pacer;
    private final Politeness politeness;

    public PoliteFetcher(HttpFetcher http, RobotsCache robots, HostPacer pacer, Politeness politeness) {
        this.http = http;
        this.robots = robots;
        this.pacer = pacer;
        this.politeness = politeness;
    }

    /** The robots.txt rules for the URL's site (fetched if not cached), e.g. for its Sitemap: lines. */
    public BaseRobotRules robotsRules(String url) {
        String host = hostOf(url);
        return robots.rulesFor(url, robotsUrl -> paced(host, robotsUrl, FetchKind.ROBOTS, null, null, Duration.ZERO));
    }

    public FetchResult fetch(String url, FetchKind kind, String etag, String lastModified) throws InterruptedException {
        String host = hostOf(url);
        BaseRobotRules rules = robotsRules(url);
        if (kind != FetchKind.ROBOTS && !rules.isAllowed(url)) {
            return FetchResult.failure(FetchResult.Outcome.DISALLOWED, 0, url, List.of(), "robots.txt disallows it for " + http.userAgent());
        }
        Duration crawlDelay = RobotsCache.crawlDelay(rules);
        if (crawlDelay.compareTo(politeness.maxCrawlDelay()) > 0) {
            crawlDelay = politeness.maxCrawlDelay();
        }
        Duration pause = crawlDelay.compareTo(politeness.minDelay()) > 0 ? crawlDelay : politeness.minDelay();
        return paced(host, url, kind, etag, lastModified, pause);
    }

    private FetchResult paced(String host, String url, FetchKind kind, String etag, String lastModified, Duration pause) {
        Optional<HostPacer.Turn> turn;
        try {
            turn = pacer.acquire(host, politeness.maxWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failure(FetchResult.Outcome.TIMEOUT, 0, url, List.of(), "interrupted while waiting for " + host);
        }
        if (turn.isEmpty()) {
            Duration wait = Duration.between(Instant.now(), pacer.readyAt(host));
            return new FetchResult(FetchResult.Outcome.THROTTLED, 0, url, List.of(), null, null, null, null, null,
                wait.isNegative() ? Duration.ZERO : wait, "waiting for " + host + "'s turn");
        }
        FetchResult result;
        try {
            result = http.fetch(url, kind, etag, lastModified);
        } finally {
            pacer.release(turn.get(), pause);
        }
        if (result.outcome() == FetchResult.Outcome.THROTTLED) {
            pacer.backOff(host, result.retryAfter() != null ? result.retryAfter() : politeness.backOff());
        }
        return result;
    }

    static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host.toLowerCase(Locale.ROOT);
    }
}
