package io.marsad.local.supervision;

import java.time.Instant;

/**
 * One part's state as the launcher last wrote it to {@code status.json}.
 *
 * @param state      {@code running}, {@code restarting} (waiting out its back-off or starting again) or {@code stopped}
 * @param pid        its current process, or 0 while none runs
 * @param since      when the current process became ready (or when the part went down)
 * @param restarts   how many times the launcher started it again
 * @param lastExit   how its last unexpected end came, and when; null if none
 * @param health     where its health is read ({@link SupervisedPart#health()})
 */
public record PartStatus(String name, String state, long pid, Instant since, int restarts, String lastExit, String health) {

    public static final String RUNNING = "running";
    public static final String RESTARTING = "restarting";
    public static final String STOPPED = "stopped";
}
