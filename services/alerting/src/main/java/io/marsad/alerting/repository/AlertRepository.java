package io.marsad.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.service.Explanation;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alerts, written in the matching transaction. An article alerts a subscription at most once
 * ({@code alert_article}'s key); within the story window, a later article of a story that already
 * alerted is attached to that alert instead of raising another, so a story syndicated forty times
 * alerts once.
 */
@ApplicationScoped
public class AlertRepository {

    /** A subscription an article matched. */
    public record Matched(long subscriptionId, Explanation explanation) {}

    /** What recording a match did. */
    public enum Outcome { NEW_ALERT, ATTACHED, ALREADY_RECORDED, SUBSCRIPTION_GONE }

    /** An alert raised by recording, with the subscription that raised it. */
    public record Raised(long alertId, long subscriptionId, Outcome outcome) {}

    private final ObjectMapper json;

    AlertRepository(ObjectMapper json) {
        this.json = json;
    }

    public List<Raised> record(Connection c, ArticleDocument article, List<Matched> matches, Duration storyWindow) throws SQLException {
        List<Raised> raised = new ArrayList<>();
        if (matches.isEmpty()) {
            return raised;
        }
        Map<Long, String> owners = activeOwners(c, matches.stream().map(Matched::subscriptionId).toList());
        String story = article.storyId() == null ? article.id() : article.storyId();
        for (Matched match : matches) {
            String owner = owners.get(match.subscriptionId());
            if (owner == null) {
                // muted or deleted since this replica's matcher last caught up
                raised.add(new Raised(0, match.subscriptionId(), Outcome.SUBSCRIPTION_GONE));
                continue;
            }
            raised.add(recordOne(c, article, story, owner, match, storyWindow));
        }
        return raised;
    }

    private Raised recordOne(Connection c, ArticleDocument article, String story, String owner, Matched match, Duration storyWindow)
        throws SQLException {
        // one subscription and story at a time across replicas: two copies matched at once still make one alert
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, (int) (match.subscriptionId() ^ (match.subscriptionId() >>> 32)));
            lock.setString(2, story);
            lock.execute();
        }
        try (PreparedStatement seen = c.prepareStatement("SELECT alert_id FROM alert_article WHERE subscription_id = ? AND article_id = ?")) {
            seen.setLong(1, match.subscriptionId());
            seen.setString(2, article.id());
            try (ResultSet rows = seen.executeQuery()) {
                if (rows.next()) {
                    return new Raised(rows.getLong(1), match.subscriptionId(), Outcome.ALREADY_RECORDED);
                }
            }
        }
        Long open = null;
        try (PreparedStatement recent = c.prepareStatement(
            "SELECT id FROM alert WHERE subscription_id = ? AND story_id = ? AND created_at > now() - make_interval(secs => ?) "
                + "ORDER BY created_at DESC LIMIT 1")) {
            recent.setLong(1, match.subscriptionId());
            recent.setString(2, story);
            recent.setDouble(3, storyWindow.toMillis() / 1000.0);
            try (ResultSet rows = recent.executeQuery()) {
                if (rows.next()) {
                    open = rows.getLong(1);
                }
            }
        }
        Outcome outcome;
        long alertId;
        if (open != null) {
            alertId = open;
            outcome = Outcome.ATTACHED;
            try (PreparedStatement copies = c.prepareStatement("UPDATE alert SET copies = copies + 1 WHERE id = ?")) {
                copies.setLong(1, alertId);
                copies.executeUpdate();
            }
        } else {
            outcome = Outcome.NEW_ALERT;
            try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO alert (subscription_id, owner_subject, story_id, article_id, title, url, source_name, language, published_at,
                                   matched_terms, explanation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id""")) {
                insert.setLong(1, match.subscriptionId());
                insert.setString(2, owner);
                insert.setString(3, story);
                insert.setString(4, article.id());
                insert.setString(5, article.title());
                insert.setString(6, article.canonicalUrl());
                insert.setString(7, article.sourceName());
                insert.setString(8, article.language());
                insert.setTimestamp(9, article.publishedAt() == null ? null : Timestamp.from(article.publishedAt()));
                Array terms = c.createArrayOf("text", match.explanation().terms().toArray());
                insert.setArray(10, terms);
                insert.setString(11, toJson(match.explanation()));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    alertId = rows.getLong(1);
                }
            }
        }
        try (PreparedStatement attach = c.prepareStatement(
            "INSERT INTO alert_article (subscription_id, article_id, alert_id, source_name, title, url) VALUES (?, ?, ?, ?, ?, ?)")) {
            attach.setLong(1, match.subscriptionId());
            attach.setString(2, article.id());
            attach.setLong(3, alertId);
            attach.setString(4, article.sourceName());
            attach.setString(5, article.title());
            attach.setString(6, article.canonicalUrl());
            attach.executeUpdate();
        }
        return new Raised(alertId, match.subscriptionId(), outcome);
    }

    private static Map<Long, String> activeOwners(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String> owners = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, owner_subject FROM subscription WHERE active AND id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return owners;
    }

    private String toJson(Explanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
