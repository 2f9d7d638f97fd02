package io.marsad.local.server;

import java.util.concurrent.CompletableFuture;

/** A server process the launcher started and may have to start again. */
public interface LocalServer extends AutoCloseable {

    /** Its main process (0 when it has none now). */
    long pid();

    /** Completes when that process ends, with how it ended. */
    CompletableFuture<String> exited();

    @Override
    void close();
}
