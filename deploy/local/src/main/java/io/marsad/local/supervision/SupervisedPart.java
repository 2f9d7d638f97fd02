package io.marsad.local.supervision;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * A server or service the launcher keeps running: the process it runs now, how to start it again
 * with the same settings, and where its health is read.
 */
public interface SupervisedPart {

    String name();

    /** The current process's id. */
    long pid();

    /** Completes when the current process ends, with how it ended. */
    CompletableFuture<String> exited();

    /**
     * Starts the part again with the same ports, data and settings, and returns once it answers as
     * ready; throws when it does not.
     */
    void restart();

    /** {@code http://…} (2xx is healthy) or {@code tcp://host:port} (a connection is). */
    URI health();
}
