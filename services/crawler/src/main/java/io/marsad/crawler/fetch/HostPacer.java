package io.marsad.crawler.fetch;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness in time: at most one request at a time per host, a pause between requests to the same
 * host, a cap on this process's requests in flight, and back-off when a host says 429 or 503. The
 * host's turn and pause live in {@link HostTurns}, shared by every replica when that is PostgreSQL;
 * threads of one process queue for a host here first, so only one of them asks the store at a time.
 */
public final class HostPacer {

    /** How long a turn stays held if its holder dies mid-request: longer than any fetch may take. */
    static final Duration TURN_LEASE = FetchLimits.defaults().total().plusSeconds(30);
    private static final Duration SHORTEST_NAP = Duration.ofMillis(10);

    private final Semaphore global;
    private final Map<String, Semaphore> queuedHere = new ConcurrentHashMap<>();
    private final HostTurns turns;
    private final String holder;

    /** A granted turn; give it back with {@link #release}. */
    public record Turn(String host) {}

    /**
     * @param maxConcurrent requests this process may have in flight, all hosts together
     * @param holder        who this process is, as other replicas see it in the shared turns
     */
    public HostPacer(int maxConcurrent, HostTurns turns, String holder) {
        this.global = new Semaphore(maxConcurrent, true);
        this.turns = turns;
        this.holder = holder;
    }

    /** A pacer on its own: turns kept in this process. */
    public HostPacer(int maxConcurrent, Clock clock) {
        this(maxConcurrent, new LocalHostTurns(clock), "this-process");
    }

    /**
     * Waits for the host's turn for at most {@code maxWait}. Empty, with nothing held, when the
     * turn is further away: the caller should come back later ({@link #waitFor}).
     */
    public Optional<Turn> acquire(String host, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Semaphore local = queuedHere.computeIfAbsent(host, h -> new Semaphore(1, true));
        if (!local.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        boolean claimed = false;
        try {
            while (true) {
                HostTurns.Claim claim = turns.claim(host, holder, TURN_LEASE);
                if (claim.granted()) {
                    claimed = true;
                    break;
                }
                if (claim.retryIn().toNanos() > remaining(deadline)) {
                    local.release();
                    return Optional.empty();
                }
                Thread.sleep(claim.retryIn().compareTo(SHORTEST_NAP) > 0 ? claim.retryIn() : SHORTEST_NAP);
            }
            if (!global.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
                turns.release(host, holder, Duration.ZERO);
                local.release();
                return Optional.empty();
            }
            return Optional.of(new Turn(host));
        } catch (InterruptedException | RuntimeException e) {
            if (claimed) {
                turns.release(host, holder, Duration.ZERO);
            }
            local.release();
            throw e;
        }
    }

    /** Ends a turn; the host's next turn comes no sooner than {@code pause} from now. */
    public void release(Turn turn, Duration pause) {
        try {
            turns.release(turn.host(), holder, pause);
        } finally {
            global.release();
            queuedHere.get(turn.host()).release();
        }
    }

    /** The host asked us to stay away for a while (Retry-After, or our own back-off). */
    public void backOff(String host, Duration duration) {
        turns.backOff(host, duration);
    }

    /** How long until the host may next be asked. */
    public Duration waitFor(String host) {
        return turns.waitFor(host);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
