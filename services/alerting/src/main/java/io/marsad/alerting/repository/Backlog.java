package io.marsad.alerting.repository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** How much waits in a queue table and how long the oldest of it has waited, for metrics. */
public record Backlog(long waiting, Duration oldest) {

    /** Reads a query answering {@code count, age of the oldest in seconds} (0 when empty). */
    static Backlog read(DataSource dataSource, String countAndOldestSeconds) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(countAndOldestSeconds);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return new Backlog(rows.getLong(1), Duration.ofMillis((long) (rows.getDouble(2) * 1000)));
        }
    }
}
