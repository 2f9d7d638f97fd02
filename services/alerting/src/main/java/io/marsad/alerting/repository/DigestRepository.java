package io.marsad.alerting.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.delivery.AlertMessage;
import io.marsad.alerting.delivery.DigestMessage;
import io.marsad.alerting.delivery.Outgoing;
import io.marsad.alerting.service.Explanation;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Digests as their deliveries send them: the period's alerts of the subscription, grouped by story, in the order they came. */
@ApplicationScoped
public class DigestRepository {

    private final DataSource dataSource;
    private final ObjectMapper json;

    DigestRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The digest for delivery, or empty when it or its subscription is gone. */
    public Optional<Outgoing> outgoing(long digestId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DigestMessage.Digest digest;
            AlertMessage.Subscription subscription;
            String secret;
            long subscriptionId;
            try (PreparedStatement query = c.prepareStatement("""
                SELECT d.id, d.period_start, d.period_end, s.time_zone, s.id, s.name, s.webhook_secret
                FROM digest d JOIN subscription s ON s.id = d.subscription_id WHERE d.id = ?""")) {
                query.setLong(1, digestId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    digest = new DigestMessage.Digest(rows.getLong(1), Columns.instant(rows.getTimestamp(2)), Columns.instant(rows.getTimestamp(3)), rows.getString(4));
                    subscriptionId = rows.getLong(5);
                    subscription = new AlertMessage.Subscription(subscriptionId, rows.getString(6));
                    secret = rows.getString(7);
                }
            }
            Map<String, DigestMessage.Story> stories = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("""
                SELECT story_id, article_id, title, url, source_name, language, published_at, copies, explanation::text
                FROM alert WHERE subscription_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at, id""")) {
                query.setLong(1, subscriptionId);
                query.setTimestamp(2, Timestamp.from(digest.periodStart()));
                query.setTimestamp(3, Timestamp.from(digest.periodEnd()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Explanation explanation = Columns.explanation(json, rows.getString(9));
                        DigestMessage.Story story = new DigestMessage.Story(rows.getString(1), new AlertMessage.Article(rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), Columns.instant(rows.getTimestamp(7))),
                            rows.getInt(8), explanation.terms(), explanation.direction());
                        // a story alerted twice in one period (its window ended between) is one entry with every copy counted
                        stories.merge(story.storyId(), story, (first, later) -> new DigestMessage.Story(first.storyId(), first.article(),
                            first.copies() + later.copies(), first.terms(), first.direction()));
                    }
                }
            }
            DigestMessage message = new DigestMessage("digest", digest, subscription, new ArrayList<>(stories.values()));
            return Optional.of(new Outgoing(message, "marsad-digest-" + digestId, secret));
        }
    }
}
