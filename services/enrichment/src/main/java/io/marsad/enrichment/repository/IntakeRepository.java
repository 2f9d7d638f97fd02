package io.marsad.enrichment.repository;

import io.marsad.support.jdbc.Transactions;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The intake ledger: every accepted article, by id, until it is indexed. Accepting an id again
 * replaces its payload and makes it due for indexing again: a re-sent article is an update.
 */
@ApplicationScoped
public class IntakeRepository {

    private final DataSource dataSource;

    IntakeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores all payloads (id → JSON) in one transaction: when this returns, they are durable. */
    public void acceptAll(Map<String, String> payloadsById) throws SQLException {
        String sql = """
            INSERT INTO article_intake (article_id, payload) VALUES (?, ?)
            ON CONFLICT (article_id) DO UPDATE SET payload = EXCLUDED.payload, received_at = now(), indexed_at = NULL""";
        Transactions.run(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement(sql)) {
                for (Map.Entry<String, String> entry : payloadsById.entrySet()) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, entry.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
