package io.marsad.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt per site (scheme, host and port), parsed by crawler-commons and kept for a day. As
 * RFC 9309 says: a missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx,
 * network failure) allows nothing until it can, rechecked sooner.
 */
public final class RobotsCache {

    static final Duration KEEP = Duration.ofHours(24);
    static final Duration KEEP_FAILURE = Duration.ofMinutes(10);

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final String robotName;
    private final Clock clock;

    private record Entry(BaseRobotRules rules, Instant expires) {}

    /** @param robotName the product token robots.txt groups are matched against, e.g. {@code marsad} */
    public RobotsCache(String robotName, Clock clock) {
        this.robotName = robotName;
        this.clock = clock;
    }

    /**
     * The rules for the URL's site, fetching robots.txt with {@code fetch} when not known or expired;
     * null when that fetch had to wait for the host's turn (our own pacing), so nothing is known yet.
     */
    public BaseRobotRules rulesFor(String url, Function<String, FetchResult> fetch) {
        String site = siteOf(url);
        Entry entry = cache.get(site);
        if (entry != null && clock.instant().isBefore(entry.expires())) {
            return entry.rules();
        }
        String robotsUrl = site + "/robots.txt";
        FetchResult result = fetch.apply(robotsUrl);
        if (result.outcome() == FetchResult.Outcome.THROTTLED && result.httpStatus() == 0) {
            return null; // not asked yet (our own pacing): nothing is known, nothing is cached
        }
        BaseRobotRules rules;
        Duration keep = KEEP;
        switch (result.outcome()) {
            case OK -> rules = parser.parseContent(robotsUrl, result.body(), result.contentType() == null ? "text/plain" : result.contentType(), List.of(robotName));
            case HTTP_ERROR -> {
                rules = parser.failedFetch(result.httpStatus());
                if (result.httpStatus() >= 500) {
                    keep = KEEP_FAILURE;
                }
            }
            case TOO_LARGE, WRONG_TYPE -> rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            case BLOCKED -> {
                // the address guard refused the host: every fetch there is refused too, and says why (not "robots.txt disallows it")
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
                keep = KEEP_FAILURE;
            }
            default -> {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
                keep = KEEP_FAILURE;
            }
        }
        cache.put(site, new Entry(rules, clock.instant().plus(keep)));
        return rules;
    }

    /** The crawl delay robots.txt asks for, if the rules are cached and set one. */
    public static Duration crawlDelay(BaseRobotRules rules) {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Duration.ZERO : Duration.ofMillis(delay);
    }

    static String siteOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(java.util.Locale.ROOT);
    }
}
