package io.marsad.local.supervision;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the launcher's parts running as a process manager does: notices at once when one ends
 * without being asked to, says so, and starts it again after a back-off that grows while it keeps
 * crashing. Every change is written to {@link StatusFile} for {@code marsad status}.
 */
public final class Supervisor implements AutoCloseable {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path home;
    private final BackOff backOff;
    private final Consumer<String> say;
    private final Clock clock;
    private final Instant launcherStarted;
    private final List<Watched> watched = new ArrayList<>();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "marsad-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private boolean closing;

    /** @param say where the launcher tells its user what happened (its console) */
    public Supervisor(Path home, BackOff backOff, Consumer<String> say, Clock clock) {
        this.home = home;
        this.backOff = backOff;
        this.say = say;
        this.clock = clock;
        this.launcherStarted = ProcessHandle.current().info().startInstant().orElse(clock.instant());
    }

    /** Supervises a part that is running and ready now. */
    public synchronized void watch(SupervisedPart part) {
        Watched entry = new Watched(part);
        entry.running(part.pid(), clock.instant());
        watched.add(entry);
        follow(entry);
        writeStatus();
    }

    public synchronized List<PartStatus> status() {
        return watched.stream().map(Watched::status).toList();
    }

    private void follow(Watched entry) {
        long pid = entry.pid;
        entry.part.exited().whenComplete((how, error) -> ended(entry, pid, how == null ? "ended" : how));
    }

    private synchronized void ended(Watched entry, long pid, String how) {
        if (closing || entry.pid != pid) {
            return; // stopped on purpose, or an old process
        }
        Instant now = clock.instant();
        entry.attempt = backOff.wasStable(Duration.between(entry.since, now)) ? 1 : entry.attempt + 1;
        entry.lastExit = how + " at " + now;
        entry.state = PartStatus.RESTARTING;
        entry.pid = 0;
        entry.since = now;
        Duration delay = backOff.delay(entry.attempt);
        tell(entry.part.name() + " (pid " + pid + ") stopped unexpectedly (" + how + "); starting it again in " + seconds(delay));
        writeStatus();
        schedule(entry, delay);
    }

    private void schedule(Watched entry, Duration delay) {
        restarts.schedule(() -> restart(entry), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(Watched entry) {
        synchronized (this) {
            if (closing) {
                return;
            }
            entry.restarts++;
            writeStatus();
        }
        long begin = System.nanoTime();
        try {
            entry.part.restart();
        } catch (RuntimeException e) {
            synchronized (this) {
                if (closing) {
                    return;
                }
                entry.attempt++;
                Duration delay = backOff.delay(entry.attempt);
                entry.lastExit = "did not start again: " + firstLine(e.getMessage()) + " at " + clock.instant();
                tell(entry.part.name() + " did not start again (" + firstLine(e.getMessage()) + "); next try in " + seconds(delay));
                writeStatus();
                schedule(entry, delay);
            }
            return;
        }
        synchronized (this) {
            entry.running(entry.part.pid(), clock.instant());
            tell(entry.part.name() + " is running again (pid " + entry.pid + ", ready in "
                + seconds(Duration.ofNanos(System.nanoTime() - begin)) + ", restart " + entry.restarts + ")");
            writeStatus();
            follow(entry);
        }
    }

    private void tell(String message) {
        say.accept("marsad: [" + LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(CLOCK_TIME) + "] " + message);
    }

    private void writeStatus() {
        StatusFile.write(home, new StatusFile.Snapshot(ProcessHandle.current().pid(), launcherStarted, status()));
    }

    /** Stops supervising (the launcher then stops the parts itself); a restart under way is interrupted. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        restarts.shutdownNow();
        try {
            restarts.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StatusFile.remove(home);
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** One supervised part and what the supervisor knows of it; guarded by the supervisor's lock. */
    private static final class Watched {
        final SupervisedPart part;
        String state;
        long pid;
        Instant since;
        int restarts;
        int attempt;
        String lastExit;

        Watched(SupervisedPart part) {
            this.part = part;
        }

        void running(long pid, Instant since) {
            this.state = PartStatus.RUNNING;
            this.pid = pid;
            this.since = since;
        }

        PartStatus status() {
            return new PartStatus(part.name(), state, pid, since, restarts, lastExit, part.health().toString());
        }
    }
}
