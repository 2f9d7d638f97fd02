package io.marsad.crawler.repository;

import io.marsad.support.jdbc.Leases;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Which enabled sources are due for polling their listings, leased so replicas share them. */
@ApplicationScoped
public class SourceScheduleRepository {

    private final DataSource dataSource;

    SourceScheduleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Long> leaseDue(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE source SET poll_lease_owner = ?, poll_lease_until = now() + make_interval(secs => ?), poll_started_at = now()
            WHERE id IN (
                SELECT id FROM source
                WHERE enabled AND next_poll_at <= now() AND (poll_lease_until IS NULL OR poll_lease_until < now())
                ORDER BY next_poll_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING id""";
        return Leases.lease(dataSource, sql, owner, lease, max, row -> row.getLong(1));
    }

    /**
     * A poll that could not start because its host's turn (ours, shared by the replicas) was not due:
     * no health change, the interval kept, asked again after {@code wait}, lease released.
     */
    public void deferred(long sourceId, Duration wait) throws SQLException {
        String sql = "UPDATE source SET next_poll_at = now() + make_interval(secs => ?), poll_lease_owner = NULL, poll_lease_until = NULL"
            + " WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setDouble(1, wait.toMillis() / 1000.0);
            update.setLong(2, sourceId);
            update.executeUpdate();
        }
    }

    /** Records a poll: health fields, the wait it chose and so the next due time, lease released. */
    public void polled(long sourceId, boolean success, String error, Duration wait) throws SQLException {
        String sql = """
            UPDATE source SET last_fetch_at = now(),
                last_success_at = CASE WHEN ? THEN now() ELSE last_success_at END,
                consecutive_failures = CASE WHEN ? THEN 0 ELSE consecutive_failures + 1 END,
                last_error = ?,
                current_poll_interval_s = ?,
                next_poll_at = now() + make_interval(secs => ?),
                poll_lease_owner = NULL, poll_lease_until = NULL
            WHERE id = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setBoolean(1, success);
            update.setBoolean(2, success);
            update.setString(3, error == null ? null : FrontierRepository.truncate(error, 2000));
            update.setInt(4, (int) wait.toSeconds());
            update.setInt(5, (int) wait.toSeconds());
            update.setLong(6, sourceId);
            update.executeUpdate();
        }
    }
}
