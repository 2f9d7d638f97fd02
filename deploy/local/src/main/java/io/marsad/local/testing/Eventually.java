package io.marsad.local.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for what another process does, and counting rows it wrote, in tests that run services as processes. */
public final class Eventually {

    private Eventually() {}

    /** Polls until the condition holds; fails naming what was awaited after the timeout. */
    public static void waitFor(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        waitFor(condition, timeout, () -> what);
    }

    /** As above, with what was awaited told at the timeout: what is still missing then, for the failure to say. */
    public static void waitFor(BooleanSupplier condition, Duration timeout, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get());
            }
            Thread.sleep(50);
        }
    }

    /** The integer a one-row, one-column query answers (user postgres). */
    public static int count(String jdbcUrl, String query) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(query, e);
        }
    }
}
