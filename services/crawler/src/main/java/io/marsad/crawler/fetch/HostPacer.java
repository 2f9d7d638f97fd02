package io.marsad.crawler.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness in time: at most one request at a time per host, a pause between requests to the same
 * host, a global cap on requests in flight, and back-off when a host says 429 or 503.
 */
public final class HostPacer {

    private final Semaphore global;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();
    private final Clock clock;

    private static final class HostState {
        final Semaphore inFlight = new Semaphore(1, true);
        volatile Instant nextAllowed = Instant.EPOCH;
    }

    /** A granted turn; give it back with {@link #release}. */
    public record Turn(String host) {}

    public HostPacer(int maxConcurrent, Clock clock) {
        this.global = new Semaphore(maxConcurrent, true);
        this.clock = clock;
    }

    /**
     * Waits for the host's turn for at most {@code maxWait}. Empty, with nothing held, when the
     * turn is further away: the caller should come back later ({@link #readyAt}).
     */
    public Optional<Turn> acquire(String host, Duration maxWait) throws InterruptedException {
        HostState state = hosts.computeIfAbsent(host, h -> new HostState());
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (Duration.between(clock.instant(), state.nextAllowed).compareTo(maxWait) > 0) {
            return Optional.empty();
        }
        if (!state.inFlight.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            Duration wait = Duration.between(clock.instant(), state.nextAllowed);
            if (wait.toNanos() > remaining(deadline)) {
                state.inFlight.release();
                return Optional.empty();
            }
            if (!wait.isNegative() && !wait.isZero()) {
                Thread.sleep(wait);
            }
            if (!global.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
                state.inFlight.release();
                return Optional.empty();
            }
            return Optional.of(new Turn(host));
        } catch (InterruptedException e) {
            state.inFlight.release();
            throw e;
        }
    }

    /** Ends a turn; the host's next turn comes no sooner than {@code pause} from now. */
    public void release(Turn turn, Duration pause) {
        HostState state = hosts.get(turn.host());
        Instant next = clock.instant().plus(pause);
        if (next.isAfter(state.nextAllowed)) {
            state.nextAllowed = next;
        }
        global.release();
        state.inFlight.release();
    }

    /** The host asked us to stay away for a while (Retry-After, or our own back-off). */
    public void backOff(String host, Duration duration) {
        HostState state = hosts.computeIfAbsent(host, h -> new HostState());
        Instant until = clock.instant().plus(duration);
        if (until.isAfter(state.nextAllowed)) {
            state.nextAllowed = until;
        }
    }

    /** When the host may next be asked. */
    public Instant readyAt(String host) {
        HostState state = hosts.get(host);
        return state == null ? clock.instant() : state.nextAllowed;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
