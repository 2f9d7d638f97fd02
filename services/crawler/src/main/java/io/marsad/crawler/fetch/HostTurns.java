package io.marsad.crawler.fetch;

import java.time.Duration;

/**
 * Where each host's turn and next allowed time are kept. {@link LocalHostTurns} keeps them in this
 * process; the crawler service keeps them in PostgreSQL, so that every replica paces a host together.
 */
public interface HostTurns {

    /**
     * The outcome of asking for a host's turn: granted, or how long until it is worth asking again
     * (the host's pause still running, or another holder's turn in progress).
     */
    record Claim(boolean granted, Duration retryIn) {
        public static Claim grant() {
            return new Claim(true, Duration.ZERO);
        }

        public static Claim notBefore(Duration retryIn) {
            return new Claim(false, retryIn.isNegative() ? Duration.ZERO : retryIn);
        }
    }

    /**
     * Takes the host's turn for {@code holder} if no one holds it and its pause is over. The turn
     * lapses by itself after {@code lease}, should the holder die before giving it back.
     */
    Claim claim(String host, String holder, Duration lease);

    /** Gives the turn back; the host's next turn comes no sooner than {@code pause} from now. */
    void release(String host, String holder, Duration pause);

    /** Nobody may ask the host for {@code duration} (its Retry-After, or our own back-off). */
    void backOff(String host, Duration duration);

    /** How long until the host may next be asked, zero when it may be now. */
    Duration waitFor(String host);
}
