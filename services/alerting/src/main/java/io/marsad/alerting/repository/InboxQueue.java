package io.marsad.alerting.repository;

import io.marsad.support.jdbc.LeaseKeeper;
import io.marsad.support.jdbc.Leases;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Inbox articles waiting to be matched, leased with {@code FOR UPDATE SKIP LOCKED} so that the
 * replicas share them: each article version is matched by one replica against every subscription.
 */
@ApplicationScoped
public class InboxQueue {

    /** An article version to match; {@code indexedAt} tells it from a newer version accepted meanwhile. */
    public record Due(String articleId, Timestamp indexedAt, String payload, int attempts) {}

    private final DataSource dataSource;
    private final LeaseKeeper leases;

    InboxQueue(DataSource dataSource) {
        this.dataSource = dataSource;
        this.leases = new LeaseKeeper(dataSource, "article_inbox", "article_id", "text");
    }

    public List<Due> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE article_inbox SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
            WHERE article_id IN (
                SELECT article_id FROM article_inbox
                WHERE matched_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                ORDER BY received_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING article_id, indexed_at, payload::text, attempts, received_at""";
        record Leased(Due due, Timestamp receivedAt) {}
        List<Leased> leased = Leases.lease(dataSource, sql, owner, lease, max,
            row -> new Leased(new Due(row.getString(1), row.getTimestamp(2), row.getString(3), row.getInt(4)), row.getTimestamp(5)));
        // RETURNING keeps no order: match in the order articles came, so a story's first copy raises its alert
        return leased.stream().sorted(java.util.Comparator.comparing(Leased::receivedAt)).map(Leased::due).toList();
    }

    /** Keeps the articles leased while they are matched. */
    public LeaseKeeper.Held keepLeased(String owner, Collection<String> articleIds, Duration lease) {
        return leases.hold(owner, articleIds, lease);
    }

    /** Matched: unless a newer version arrived meanwhile (which stays due), in the caller's transaction. */
    public void matched(Connection c, Due article) throws SQLException {
        try (PreparedStatement done = c.prepareStatement(
            "UPDATE article_inbox SET matched_at = now(), lease_owner = NULL, lease_until = NULL, last_error = NULL "
                + "WHERE article_id = ? AND indexed_at = ?")) {
            done.setString(1, article.articleId());
            done.setTimestamp(2, article.indexedAt());
            done.executeUpdate();
        }
    }

    /** Matching failed: due again at {@code at}, the lease released. */
    public void failed(String articleId, String error, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE article_inbox SET attempts = attempts + 1, last_error = ?, lease_owner = NULL, lease_until = ? WHERE article_id = ?")) {
            update.setString(1, error == null ? null : error.substring(0, Math.min(2000, error.length())));
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, articleId);
            update.executeUpdate();
        }
    }

    /** Article versions waiting to be matched and the age of the oldest. */
    public Backlog backlog() throws SQLException {
        return Backlog.read(dataSource,
            "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(received_at)), 0) FROM article_inbox WHERE matched_at IS NULL");
    }
}
