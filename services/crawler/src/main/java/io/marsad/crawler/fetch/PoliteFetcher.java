package io.marsad.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;

import java.net.URI;
import java.time.Duration;
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

    private static final Duration UNKNOWN_TURN_RETRY = Duration.ofSeconds(10);

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

    /**
     * The robots.txt rules for the URL's site (fetched if not cached), e.g. for its Sitemap: lines;
     * null when robots.txt could not be asked for yet because the host's turn is not due.
     */
    public BaseRobotRules robotsRules(String url) {
        String host = hostOf(url);
        // the request after robots.txt waits like any other: it is a request to the host too
        return robots.rulesFor(url, robotsUrl -> paced(host, robotsUrl, FetchKind.ROBOTS, null, null, politeness.minDelay()));
    }

    public FetchResult fetch(String url, FetchKind kind, String etag, String lastModified) throws InterruptedException {
        String host = hostOf(url);
        BaseRobotRules rules = robotsRules(url);
        if (rules == null) {
            return new FetchResult(FetchResult.Outcome.THROTTLED, 0, url, List.of(), null, null, null, null, null,
                waitFor(host), "waiting for " + host + "'s turn to read its robots.txt first");
        }
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
        } catch (RuntimeException e) {
            // the shared turns (PostgreSQL) cannot be reached: asking the host unpaced would be impolite
            return new FetchResult(FetchResult.Outcome.THROTTLED, 0, url, List.of(), null, null, null, null, null,
                UNKNOWN_TURN_RETRY, "cannot tell whether it is " + host + "'s turn: " + e.getMessage());
        }
        if (turn.isEmpty()) {
            return new FetchResult(FetchResult.Outcome.THROTTLED, 0, url, List.of(), null, null, null, null, null,
                waitFor(host), "waiting for " + host + "'s turn");
        }
        FetchResult result;
        try {
            result = http.fetch(url, kind, etag, lastModified);
        } finally {
            try {
                pacer.release(turn.get(), pause);
            } catch (RuntimeException e) {
                // the shared turn could not be given back: it lapses by itself when its lease ends
            }
        }
        if (result.outcome() == FetchResult.Outcome.THROTTLED) {
            try {
                pacer.backOff(host, result.retryAfter() != null ? result.retryAfter() : politeness.backOff());
            } catch (RuntimeException e) {
                // the caller still sees THROTTLED and reschedules; only the other replicas miss the hint
            }
        }
        return result;
    }

    private Duration waitFor(String host) {
        try {
            return pacer.waitFor(host);
        } catch (RuntimeException e) {
            return UNKNOWN_TURN_RETRY;
        }
    }

    static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host.toLowerCase(Locale.ROOT);
    }
}
