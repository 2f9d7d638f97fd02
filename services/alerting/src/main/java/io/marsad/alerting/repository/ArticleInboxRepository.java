package io.marsad.alerting.repository;

import io.marsad.support.jdbc.Transactions;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The inbox of enriched articles to match against subscriptions. Accepting an id again replaces its
 * version unless the stored one is newer (a late retry of an old version changes nothing), and
 * makes the article due for matching again.
 */
@ApplicationScoped
public class ArticleInboxRepository {

    /** One article version to store. */
    public record Incoming(String articleId, Instant indexedAt, String payloadJson) {}

    private final DataSource dataSource;

    ArticleInboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores all in one transaction: when this returns, they are durable. */
    public void acceptAll(List<Incoming> articles) throws SQLException {
        String sql = """
            INSERT INTO article_inbox (article_id, indexed_at, payload) VALUES (?, ?, ?::jsonb)
            ON CONFLICT (article_id) DO UPDATE SET indexed_at = EXCLUDED.indexed_at, payload = EXCLUDED.payload,
                received_at = now(), matched_at = NULL
            WHERE article_inbox.indexed_at < EXCLUDED.indexed_at""";
        Transactions.run(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement(sql)) {
                for (Incoming article : articles) {
                    upsert.setString(1, article.articleId());
                    upsert.setTimestamp(2, Timestamp.from(article.indexedAt()));
                    upsert.setString(3, article.payloadJson());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
