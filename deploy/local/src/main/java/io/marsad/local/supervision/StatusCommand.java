package io.marsad.local.supervision;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code marsad status}: each part's state, pid, uptime, restarts and health, as the running
 * launcher recorded them and as the parts answer now.
 */
public final class StatusCommand {

    /** Exit codes as {@code systemctl status} uses them: all well, something wrong, nothing running. */
    public static final int ALL_UP = 0;
    public static final int SOME_DOWN = 1;
    public static final int NOT_RUNNING = 3;

    private StatusCommand() {}

    public static int run(Path home, PrintStream out) {
        Optional<StatusFile.Snapshot> read = StatusFile.read(home);
        if (read.isEmpty() || !ProcessHandle.of(read.get().launcherPid()).map(ProcessHandle::isAlive).orElse(false)) {
            out.println("Marsad is not running with home " + home + " (start it with ./marsad up).");
            return NOT_RUNNING;
        }
        StatusFile.Snapshot snapshot = read.get();
        Instant now = Instant.now();
        out.println("Marsad launcher pid " + snapshot.launcherPid() + ", home " + home + ", up " + span(Duration.between(snapshot.launcherStarted(), now)));
        out.println(String.format(Locale.ROOT, "%-14s %-11s %-8s %-9s %-9s %s", "PART", "STATE", "PID", "UPTIME", "RESTARTS", "HEALTH"));
        boolean allWell = true;
        for (PartStatus part : snapshot.parts()) {
            boolean running = part.state().equals(PartStatus.RUNNING);
            String health = running ? HealthProbe.check(java.net.URI.create(part.health())) : "down";
            allWell &= running && HealthProbe.isUp(health);
            out.println(String.format(Locale.ROOT, "%-14s %-11s %-8s %-9s %-9d %s", part.name(), part.state(),
                part.pid() == 0 ? "-" : Long.toString(part.pid()), running ? span(Duration.between(part.since(), now)) : "-",
                part.restarts(), health + "  " + part.health()));
            if (part.lastExit() != null) {
                out.println(String.format(Locale.ROOT, "%-14s last unexpected end: %s", "", part.lastExit()));
            }
        }
        return allWell ? ALL_UP : SOME_DOWN;
    }

    static String span(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + "m";
        }
        return seconds / 86_400 + "d" + String.format(Locale.ROOT, "%02d", seconds % 86_400 / 3600) + "h";
    }
}
