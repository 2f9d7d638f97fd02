package io.marsad.local.supervision;

import io.marsad.local.server.LocalServer;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A server with the one way to start it (same directory, same ports), so that it can be started
 * again after a crash; {@link #current()} is the instance running now.
 */
public final class RestartableServer<T extends LocalServer> implements SupervisedPart, AutoCloseable {

    private final String name;
    private final Supplier<T> start;
    private final URI health;
    private volatile T current;

    private RestartableServer(String name, Supplier<T> start, URI health, T first) {
        this.name = name;
        this.start = start;
        this.health = health;
        this.current = first;
    }

    /** Starts the server now; {@code health} may depend on where it listens. */
    public static <T extends LocalServer> RestartableServer<T> start(String name, Supplier<T> start, java.util.function.Function<T, URI> health) {
        T first = start.get();
        return new RestartableServer<>(name, start, health.apply(first), first);
    }

    public T current() {
        return current;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return current.pid();
    }

    @Override
    public CompletableFuture<String> exited() {
        return current.exited();
    }

    @Override
    public void restart() {
        try {
            current.close(); // what is left of the crashed one: its watchdog, a stale lock
        } catch (RuntimeException alreadyGone) {
            // nothing to stop
        }
        current = start.get();
    }

    @Override
    public URI health() {
        return health;
    }

    @Override
    public void close() {
        current.close();
    }
}
