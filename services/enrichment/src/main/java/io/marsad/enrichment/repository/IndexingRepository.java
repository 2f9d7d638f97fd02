package io.marsad.enrichment.repository;

import io.marsad.support.jdbc.LeaseKeeper;
import io.marsad.support.jdbc.Leases;
import io.marsad.support.jdbc.Outbox;
import io.marsad.support.jdbc.Transactions;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accepted articles waiting to be indexed, leased with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
public class IndexingRepository {

    /**
     * An article to index; {@code indexName} is where it was indexed before, or null for a new one;
     * {@code receivedAt} tells this version from a newer one accepted while it was being indexed.
     */
    public record Pending(String articleId, String payload, String indexName, int attempts, Timestamp receivedAt) {}

    private final DataSource dataSource;
    private final Outbox alertingOutbox;
    private final LeaseKeeper leases;

    IndexingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.alertingOutbox = new Outbox(dataSource, "alerting_outbox", "article_id");
        this.leases = new LeaseKeeper(dataSource, "article_intake", "article_id", "text");
    }

    /** Indexed articles on their way to the alerting service. */
    public Outbox alertingOutbox() {
        return alertingOutbox;
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
            RETURNING article_id, payload, index_name, attempts, received_at""";
        return Leases.lease(dataSource, sql, owner, lease, max,
            row -> new Pending(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getTimestamp(5)));
    }

    /** Keeps the articles leased while they are indexed: the lease itself is only as long as a crashed indexer's articles should wait. */
    public LeaseKeeper.Held keepLeased(String owner, Collection<String> articleIds, Duration lease) {
        return leases.hold(owner, articleIds, lease);
    }

    /** An article Elasticsearch confirmed, the index it is in, and its hand-off to alerting. */
    public record Confirmed(Pending article, String indexName, String alertingPayload) {}

    /**
     * Elasticsearch has these articles: in one transaction they are marked indexed and queued for
     * the alerting service. If a newer version of one was accepted meanwhile, only its index is
     * recorded and it stays due, so the newer version is indexed (and passed on) next. An indexed
     * article's row keeps its id and index, which a re-sent copy is written back to, not its text:
     * the index holds that, and the ledger would otherwise keep every article's text for ever.
     */
    public void indexedAll(List<Confirmed> confirmed) throws SQLException {
        if (confirmed.isEmpty()) {
            return;
        }
        Transactions.run(dataSource, c -> {
            try (PreparedStatement done = c.prepareStatement("UPDATE article_intake SET indexed_at = now(), index_name = ?, last_error = NULL, "
                     + "lease_owner = NULL, lease_until = NULL, payload = '{}' WHERE article_id = ? AND received_at = ?");
                 PreparedStatement changed = c.prepareStatement(
                     "UPDATE article_intake SET index_name = ?, lease_owner = NULL, lease_until = NULL WHERE article_id = ?")) {
                Map<String, String> handOffs = new HashMap<>();
                for (Confirmed one : confirmed) {
                    done.setString(1, one.indexName());
                    done.setString(2, one.article().articleId());
                    done.setTimestamp(3, one.article().receivedAt());
                    if (done.executeUpdate() == 0) {
                        changed.setString(1, one.indexName());
                        changed.setString(2, one.article().articleId());
                        changed.executeUpdate();
                    }
                    handOffs.put(one.article().articleId(), one.alertingPayload());
                }
                alertingOutbox.putAll(c, handOffs);
            }
        });
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
