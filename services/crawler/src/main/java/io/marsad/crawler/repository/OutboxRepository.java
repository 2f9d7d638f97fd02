package io.marsad.crawler.repository;

import io.marsad.support.jdbc.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Articles waiting for enrichment's acknowledgement: queued with their source and URL, then leased,
 * acknowledged and retried as libs/service-support's {@link Outbox}.
 */
@ApplicationScoped
public class OutboxRepository {

    private final DataSource dataSource;
    private final Outbox delivery;

    OutboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.delivery = new Outbox(dataSource, "article_outbox", "article_id");
    }

    /** Queues the article, or replaces the queued version of the same article (a re-fetch). */
    public void put(String articleId, Long sourceId, String url, String payloadJson) throws SQLException {
        String sql = """
            INSERT INTO article_outbox (article_id, source_id, url, payload) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET payload = EXCLUDED.payload, url = EXCLUDED.url, next_attempt_at = now(), last_error = NULL""";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, articleId);
            FrontierRepository.setLong(insert, 2, sourceId);
            insert.setString(3, url);
            insert.setString(4, payloadJson);
            insert.executeUpdate();
        }
    }

    /** The outbox's delivery side (lease, acknowledge, retry), for the relay. */
    public Outbox outbox() {
        return delivery;
    }

    public int size() throws SQLException {
        return delivery.size();
    }
}
