package io.marsad.enrichment.repository;

import io.marsad.support.jdbc.Leases;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Accepted articles waiting to be indexed, leased with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
public class IndexingRepository {

    /** An article to index; {@code indexName} is where it was indexed before, or null for a new one. */
    public record Pending(String articleId, String payload, String indexName, int attempts) {}

    private final DataSource dataSource;

    IndexingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Pending> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = """
            UPDATE article_intake SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
            WHERE article_id IN (
                SELECT article_id FROM article_intake
                WHERE indexed_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                ORDER BY received_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING article_id, payload::text, index_name, attempts""";
        return Leases.lease(dataSource, sql, owner, lease, max, row -> new Pending(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
    }

    public void indexed(String articleId, String indexName) throws SQLException {
        String sql = "UPDATE article_intake SET indexed_at = now(), index_name = ?, last_error = NULL, lease_owner = NULL, lease_until = NULL "
            + "WHERE article_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, indexName);
            update.setString(2, articleId);
            update.executeUpdate();
        }
    }

    /** Indexing failed: due again at {@code at}, the lease is released. */
    public void failed(String articleId, String error, Instant at) throws SQLException {
        String sql = "UPDATE article_intake SET attempts = attempts + 1, last_error = ?, lease_owner = NULL, lease_until = ? "
            + "WHERE article_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, error == null ? null : error.substring(0, Math.min(2000, error.length())));
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, articleId);
            update.executeUpdate();
        }
    }
}
