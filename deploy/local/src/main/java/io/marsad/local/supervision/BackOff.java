package io.marsad.local.supervision;

import java.time.Duration;

/**
 * How long to wait before starting a crashed part again: doubling from {@code first} up to
 * {@code longest}, and from {@code first} again once a run lasted {@code stable} (a part that
 * crashes once a day is not crash-looping; one that dies within seconds of every start is).
 */
public record BackOff(Duration first, Duration longest, Duration stable) {

    public static final BackOff DEFAULT = new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));

    public BackOff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= longest, got " + first + " and " + longest);
        }
    }

    /** The wait before restart attempt {@code attempt} (1 for the first) of one crash loop. */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        }
        int doublings = Math.min(attempt - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether a run this long ends a crash loop, so the next crash waits {@code first} again. */
    public boolean wasStable(Duration run) {
        return run.compareTo(stable) >= 0;
    }
}
