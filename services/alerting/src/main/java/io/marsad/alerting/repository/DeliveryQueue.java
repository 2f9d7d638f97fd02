package io.marsad.alerting.repository;

import io.marsad.support.jdbc.LeaseKeeper;
import io.marsad.support.jdbc.Leases;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Alerts on their way out, one row per alert and target: queued in the transaction that raised the
 * alert (nothing lost), leased by one worker at a time across replicas, marked delivered only after
 * the receiver confirmed (a crash in between sends again, with the same idempotency key, so
 * receivers that honour it see each alert once).
 */
@ApplicationScoped
public class DeliveryQueue {

    /** A delivery to make: of one alert, or of one digest ({@code alertId} null). */
    public record Due(long id, Long alertId, Long digestId, long subscriptionId, String channel, String target, int attempts) {}

    /** A delivery as its subscription's owner sees it in the delivery log. */
    public record Logged(long id, Long alertId, Long digestId, String channel, String target, String status, int attempts, Integer lastStatus,
                         String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {}

    private final DataSource dataSource;
    private final LeaseKeeper leases;

    DeliveryQueue(DataSource dataSource) {
        this.dataSource = dataSource;
        this.leases = new LeaseKeeper(dataSource, "delivery", "id", "bigint");
    }

    /** Queues an alert for each of its subscription's outside channels, in the caller's transaction. */
    public void enqueue(Connection c, long alertId, long subscriptionId, String owner, String webhookUrl, List<String> emails) throws SQLException {
        enqueue(c, "alert_id", alertId, subscriptionId, owner, webhookUrl, emails);
    }

    /** Queues a digest for each of its subscription's outside channels, in the caller's transaction. */
    public void enqueueDigest(Connection c, long digestId, long subscriptionId, String owner, String webhookUrl, List<String> emails)
        throws SQLException {
        enqueue(c, "digest_id", digestId, subscriptionId, owner, webhookUrl, emails);
    }

    private void enqueue(Connection c, String carried, long carriedId, long subscriptionId, String owner, String webhookUrl, List<String> emails)
        throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO delivery (" + carried + ", subscription_id, owner_subject, channel, target) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            if (webhookUrl != null) {
                add(insert, carriedId, subscriptionId, owner, "webhook", webhookUrl);
            }
            for (String email : emails) {
                add(insert, carriedId, subscriptionId, owner, "email", email);
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long carriedId, long subscriptionId, String owner, String channel, String target)
        throws SQLException {
        insert.setLong(1, carriedId);
        insert.setLong(2, subscriptionId);
        insert.setString(3, owner);
        insert.setString(4, channel);
        insert.setString(5, target);
        insert.addBatch();
    }

    public List<Due> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE delivery SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
            WHERE id IN (
                SELECT id FROM delivery
                WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                ORDER BY next_attempt_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING id, alert_id, digest_id, subscription_id, channel, target, attempts""";
        return Leases.lease(dataSource, sql, owner, lease, max, row -> new Due(row.getLong(1), (Long) row.getObject(2), (Long) row.getObject(3),
            row.getLong(4), row.getString(5), row.getString(6), row.getInt(7)));
    }

    /** Keeps the deliveries leased while they are sent: a batch of slow receivers may take longer than the lease. */
    public LeaseKeeper.Held keepLeased(String owner, Collection<Long> ids, Duration lease) {
        return leases.hold(owner, ids, lease);
    }

    public void delivered(long id, int status) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_status = ?, last_error = NULL, "
                + "lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
            update.setInt(1, status);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** A failed attempt ({@code status} the receiver's answer, or null when there was none): pending again at {@code retryAt}, or dead when it is null. */
    public void failed(long id, Integer status, String error, Instant retryAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE delivery SET status = CASE WHEN ?::timestamptz IS NULL THEN 'dead' ELSE 'pending' END, "
                + "next_attempt_at = COALESCE(?::timestamptz, next_attempt_at), attempts = attempts + 1, last_status = ?, last_error = ?, "
                + "lease_owner = NULL, lease_until = NULL WHERE id = ?")) {
            Timestamp at = retryAt == null ? null : Timestamp.from(retryAt);
            update.setTimestamp(1, at);
            update.setTimestamp(2, at);
            update.setObject(3, status, java.sql.Types.INTEGER);
            update.setString(4, error == null ? null : error.substring(0, Math.min(2000, error.length())));
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    /** A dead delivery of the owner's pending again now, with its attempts counted afresh; false when there is none. */
    public boolean retry(String owner, long subscriptionId, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE delivery SET status = 'pending', attempts = 0, next_attempt_at = now() "
                + "WHERE id = ? AND subscription_id = ? AND owner_subject = ? AND status = 'dead'")) {
            update.setLong(1, id);
            update.setLong(2, subscriptionId);
            update.setString(3, owner);
            return update.executeUpdate() == 1;
        }
    }

    /** The subscription's deliveries, newest first. */
    public List<Logged> log(long subscriptionId, int page, int size) throws SQLException {
        List<Logged> log = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT id, alert_id, digest_id, channel, target, status, attempts, last_status, last_error, created_at, next_attempt_at, delivered_at "
                + "FROM delivery WHERE subscription_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
            query.setLong(1, subscriptionId);
            query.setInt(2, size);
            query.setLong(3, (long) page * size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    log.add(new Logged(rows.getLong(1), (Long) rows.getObject(2), (Long) rows.getObject(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getInt(7), (Integer) rows.getObject(8), rows.getString(9), Columns.instant(rows.getTimestamp(10)),
                        Columns.instant(rows.getTimestamp(11)), Columns.instant(rows.getTimestamp(12))));
                }
            }
        }
        return log;
    }

    public long count(long subscriptionId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("SELECT count(*) FROM delivery WHERE subscription_id = ?")) {
            query.setLong(1, subscriptionId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Pending deliveries and the age of the oldest. */
    public Backlog backlog() throws SQLException {
        return Backlog.read(dataSource,
            "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM delivery WHERE status = 'pending'");
    }
}
