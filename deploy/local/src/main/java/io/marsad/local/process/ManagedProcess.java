package io.marsad.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server or service running as a child process, with its output in a log file.
 * <p>
 * The child gets its own session ({@code setsid}), and a tiny watchdog shell waits on a pipe from
 * this JVM: if this JVM dies, even by SIGKILL, the pipe closes and the watchdog terminates the
 * child's whole process group. So no server outlives its launcher.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Process watchdog;
    private final Path log;

    private ManagedProcess(String name, Process process, Process watchdog, Path log) {
        this.name = name;
        this.process = process;
        this.watchdog = watchdog;
        this.log = log;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        List<String> fullCommand = new ArrayList<>();
        boolean ownSession = Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"));
        if (ownSession) {
            fullCommand.add("setsid");
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Process watchdog = ownSession ? startWatchdog(process.pid(), "TERM") : null;
            return new ManagedProcess(name, process, watchdog, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", fullCommand), e);
        }
    }

    /**
     * Watches an existing process (e.g. a server another library spawned) the same way.
     *
     * @param signal the polite stop signal, e.g. {@code INT} for PostgreSQL's fast shutdown
     */
    public static Process watchdogFor(long pid, String signal) {
        try {
            return startWatchdog(pid, signal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process startWatchdog(long pid, String signal) throws IOException {
        // POSIX sh: "-PID" after the signal names the process group (dash's kill has no "--").
        String targets = "-" + pid + " " + pid;
        String script = "cat >/dev/null; kill -" + signal + " " + targets + " 2>/dev/null; i=0; "
            + "while kill -0 " + pid + " 2>/dev/null && [ $i -lt " + GRACE.toSeconds() + " ]; do sleep 1; i=$((i+1)); done; "
            + "kill -KILL " + targets + " 2>/dev/null; exit 0";
        return new ProcessBuilder("sh", "-c", script)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Completes when the process ends, with how it ended ("exit code 1", "killed by signal 9"). */
    public java.util.concurrent.CompletableFuture<String> exited() {
        return process.onExit().thenApply(ended -> describeExit(ended.exitValue()));
    }

    /** A shell's convention: codes above 128 mean the signal (code - 128) ended the process. */
    public static String describeExit(int code) {
        return code > 128 && code < 160 ? "killed by signal " + (code - 128) : "exit code " + code;
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }

    /** SIGTERM to the process and its descendants, then SIGKILL after a grace period. */
    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.destroyForcibly();
        }
        stopTree(process.toHandle(), GRACE);
    }

    /** SIGKILL to the process and its descendants, no grace: a crash, for tests of what survives one. */
    public void kill() {
        if (watchdog != null) {
            watchdog.destroyForcibly();
        }
        List<ProcessHandle> tree = Stream.concat(process.toHandle().descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not kill " + name + " (pid " + handle.pid() + ")", e);
            }
        }
    }

    public static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root)).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", log " + log + ")";
    }
}
