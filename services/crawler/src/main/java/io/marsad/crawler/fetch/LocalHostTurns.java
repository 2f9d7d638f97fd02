package io.marsad.crawler.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Host turns kept in this process only: right for one crawler process, the CLI and unit tests. */
public final class LocalHostTurns implements HostTurns {

    private final Clock clock;
    private final Map<String, State> hosts = new ConcurrentHashMap<>();

    private static final class State {
        String holder;
        Instant heldUntil = Instant.EPOCH;
        Instant nextAllowed = Instant.EPOCH;
    }

    public LocalHostTurns(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Claim claim(String host, String holder, Duration lease) {
        State state = hosts.computeIfAbsent(host, h -> new State());
        synchronized (state) {
            Instant now = clock.instant();
            if (state.holder != null && now.isBefore(state.heldUntil)) {
                return Claim.notBefore(Duration.between(now, state.heldUntil));
            }
            if (now.isBefore(state.nextAllowed)) {
                return Claim.notBefore(Duration.between(now, state.nextAllowed));
            }
            state.holder = holder;
            state.heldUntil = now.plus(lease);
            return Claim.grant();
        }
    }

    @Override
    public void release(String host, String holder, Duration pause) {
        State state = hosts.get(host);
        if (state == null) {
            return;
        }
        synchronized (state) {
            if (holder.equals(state.holder)) {
                state.holder = null;
                state.heldUntil = Instant.EPOCH;
            }
            later(state, clock.instant().plus(pause));
        }
    }

    @Override
    public void backOff(String host, Duration duration) {
        State state = hosts.computeIfAbsent(host, h -> new State());
        synchronized (state) {
            later(state, clock.instant().plus(duration));
        }
    }

    @Override
    public Duration waitFor(String host) {
        State state = hosts.get(host);
        if (state == null) {
            return Duration.ZERO;
        }
        synchronized (state) {
            Duration wait = Duration.between(clock.instant(), state.nextAllowed);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private static void later(State state, Instant next) {
        if (next.isAfter(state.nextAllowed)) {
            state.nextAllowed = next;
        }
    }
}
