package io.marsad.local.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until {@link #release()}, then runs with the wall clock from where it
 * stood: given to the demo newsroom, nothing is published until a test or benchmark is ready to
 * watch, and then one article every so often, in real time.
 */
public final class HeldClock extends Clock {

    private final Instant heldAt;
    private volatile long releasedAtNanos = -1;
    private volatile Instant releasedAtWall;

    public HeldClock(Instant heldAt) {
        this.heldAt = heldAt;
    }

    public static HeldClock now() {
        return new HeldClock(Instant.now());
    }

    /** From now on the clock runs. */
    public void release() {
        if (releasedAtNanos < 0) {
            releasedAtWall = Instant.now();
            releasedAtNanos = System.nanoTime();
        }
    }

    /** The wall-clock time at which this clock showed (or will show) {@code instant}, once released: when an article really appeared. */
    public Instant wallTimeOf(Instant instant) {
        if (releasedAtWall == null) {
            throw new IllegalStateException("the clock is still held");
        }
        return releasedAtWall.plus(Duration.between(heldAt, instant));
    }

    @Override
    public Instant instant() {
        long released = releasedAtNanos;
        return released < 0 ? heldAt : heldAt.plusNanos(System.nanoTime() - released);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
