package io.marsad.crawler.repository;

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
import java.util.Collection;
import java.util.List;

/** Articles waiting for enrichment's acknowledgement; leased for delivery like frontier URLs. */
@ApplicationScoped
public class OutboxRepository {

    public record Pending(String articleId, String payload, int attempts) {}

    private final DataSource dataSource;

    OutboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Queues the article, or replaces the queued version of the same article (a re-fetch). */
    public void put(String articleId, Long sourceId, String url, String payloadJson) throws SQLException {
        String sql = """
            INSERT INTO article_outbox (article_id, source_id, url, payload) VALUES (?, ?, ?, ?::jsonb)
            ON CONFLICT (article_id) DO UPDATE SET payload = EXCLUDED.payload, url = EXCLUDED.url, next_attempt_at = now(), last_error = NULL""";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, articleId);
            FrontierRepository.setLong(insert, 2, sourceId);
            insert.setString(3, url);
            insert.setString(4, payloadJson);
            insert.executeUpdate();
        }
    }

    public List<Pending> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE article_outbox SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
            WHERE article_id IN (
                SELECT article_id FROM article_outbox
                WHERE next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                ORDER BY next_attempt_at, created_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING article_id, payload::text, attempts""";
        return Leases.lease(dataSource, sql, owner, lease, max, row -> new Pending(row.getString(1), row.getString(2), row.getInt(3)));
    }

    /** Enrichment has them: they leave the outbox. */
    public void acknowledge(Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement("DELETE FROM article_outbox WHERE article_id = ANY (?)")) {
            delete.setArray(1, c.createArrayOf("text", articleIds.toArray()));
            delete.executeUpdate();
        }
    }

    public void retryAt(Collection<String> articleIds, Instant at, String error) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        String sql = "UPDATE article_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL "
            + "WHERE article_id = ANY (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, error == null ? null : FrontierRepository.truncate(error, 2000));
            update.setArray(3, c.createArrayOf("text", articleIds.toArray()));
            update.executeUpdate();
        }
    }

    public int size() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("SELECT count(*) FROM article_outbox");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
