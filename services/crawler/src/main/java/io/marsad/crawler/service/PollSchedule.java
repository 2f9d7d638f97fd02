package io.marsad.crawler.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long to wait before polling a source's listings again, from what the last poll found: a
 * source is polled about twice per article it publishes, as measured from the publication times
 * its feeds and sitemaps list, and less and less often while it is quiet or failing, always within
 * the source's bounds. (The revisit policy of adaptive crawlers such as Nutch's
 * AdaptiveFetchSchedule, with the rate read from the listing instead of guessed.)
 */
public final class PollSchedule {

    /** Publication times beyond this many of the latest say little about today's pace. */
    static final int RECENT_ITEMS = 20;
    static final double QUIET_GROWTH = 1.5;
    static final double FAILURE_GROWTH = 2.0;

    private PollSchedule() {}

    /** What one poll of a source's listings came to. */
    public record Outcome(boolean failed, int newArticles, Collection<Instant> listedPublicationTimes) {}

    /**
     * @param current   the wait chosen after the previous poll, or null before the first (taken as the shortest)
     * @param shortest  the source's lower bound
     * @param longest   the source's upper bound
     */
    public static Duration next(Duration current, Duration shortest, Duration longest, Outcome outcome) {
        Duration previous = current == null ? shortest : current;
        Duration wanted;
        if (outcome.failed()) {
            wanted = scaled(previous, FAILURE_GROWTH);
        } else if (outcome.newArticles() > 0) {
            wanted = typicalGap(outcome.listedPublicationTimes()).map(gap -> gap.dividedBy(2)).orElse(previous.dividedBy(2));
        } else {
            wanted = scaled(previous, QUIET_GROWTH);
        }
        return clamp(wanted, shortest, longest);
    }

    /** The median time between consecutive publications among the latest listed, if at least three are dated. */
    static java.util.Optional<Duration> typicalGap(Collection<Instant> publicationTimes) {
        List<Instant> latest = publicationTimes.stream().distinct().sorted(java.util.Comparator.reverseOrder()).limit(RECENT_ITEMS).toList();
        if (latest.size() < 3) {
            return java.util.Optional.empty();
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < latest.size(); i++) {
            gaps.add(Duration.between(latest.get(i), latest.get(i - 1)));
        }
        gaps.sort(null);
        return java.util.Optional.of(gaps.get(gaps.size() / 2));
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }

    private static Duration clamp(Duration wanted, Duration shortest, Duration longest) {
        if (wanted.compareTo(shortest) < 0) {
            return shortest;
        }
        return wanted.compareTo(longest) > 0 ? longest : wanted;
    }
}
