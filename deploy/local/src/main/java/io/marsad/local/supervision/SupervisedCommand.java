package io.marsad.local.supervision;

import io.marsad.local.process.HttpWait;
import io.marsad.local.process.ManagedProcess;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A command the launcher runs (a packaged service), ready once its HTTP health answers 2xx, and
 * started again with the same command and settings after a crash.
 */
public final class SupervisedCommand implements SupervisedPart, AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path log;
    private final URI health;
    private final Duration readyTimeout;
    private volatile ManagedProcess process;

    public SupervisedCommand(String name, List<String> command, Map<String, String> environment, Path workDir, Path log, URI health,
                             Duration readyTimeout) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.log = log;
        this.health = health;
        this.readyTimeout = readyTimeout;
    }

    /** Starts the process without waiting for it to be ready. */
    public void launch() {
        process = ManagedProcess.start(name, command, environment, workDir, log);
    }

    /** Waits until the health answers 2xx; throws with the log's tail when the process dies or the time runs out. */
    public void awaitReady() {
        ManagedProcess current = process;
        try {
            HttpWait.untilOk(health, readyTimeout, current::isAlive, "the " + name + " service");
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getMessage() + "\n--- " + current.log() + " ---\n" + current.logTail(30), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public CompletableFuture<String> exited() {
        return process.exited();
    }

    @Override
    public void restart() {
        process.close();
        launch();
        try {
            awaitReady();
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    @Override
    public URI health() {
        return health;
    }

    /** SIGKILL, as a crash would: for tests of supervision. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
