package io.marsad.support.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a lease statement: an {@code UPDATE … WHERE key IN (SELECT … FOR UPDATE SKIP LOCKED)
 * RETURNING …} whose three parameters are, in order, the owner, the lease length in seconds and the
 * maximum number of rows. This is how Marsad's work queues in PostgreSQL (the crawler's frontier,
 * outbox and source schedule, enrichment's indexing queue) let several replicas share the work
 * without two taking the same row.
 */
public final class Leases {

    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Leases() {}

    public static <T> List<T> lease(DataSource dataSource, String sql, String owner, Duration lease, int max, RowMapper<T> mapper) throws SQLException {
        List<T> leased = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, owner);
            update.setDouble(2, lease.toMillis() / 1000.0);
            update.setInt(3, max);
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    leased.add(mapper.map(rows));
                }
            }
        }
        return leased;
    }
}
