package io.marsad.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.delivery.AlertMessage;
import io.marsad.alerting.delivery.Outgoing;
import io.marsad.alerting.service.AlertTime;
import io.marsad.alerting.service.Explanation;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerts, written in the matching transaction. An article alerts a subscription at most once
 * ({@code alert_article}'s key); an article of a story that already alerted within the story window
 * (between the articles' {@link AlertTime}s, either side) is attached to the nearest such alert
 * instead of raising another, so a story syndicated forty times alerts once. {@code StoryWindow}
 * is the same rule in memory, for backtests.
 */
@ApplicationScoped
public class AlertRepository {

    /** A subscription an article matched. */
    public record Matched(long subscriptionId, Explanation explanation) {}

    /** What recording a match did. */
    public enum Outcome { NEW_ALERT, ATTACHED, ALREADY_RECORDED, SUBSCRIPTION_GONE }

    /** Where a subscription's alerts go, as it stands when the alert is recorded. */
    public record Recipient(String owner, String mode, String webhookUrl, List<String> emails) {
        public boolean realtime() {
            return "realtime".equals(mode);
        }
    }

    /** An alert raised (or a copy attached) by recording, with the subscription and its recipient (null when gone). */
    public record Raised(long alertId, long subscriptionId, Outcome outcome, Recipient recipient) {}

    private final DataSource dataSource;
    private final ObjectMapper json;

    AlertRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<Raised> record(Connection c, ArticleDocument article, List<Matched> matches, Duration storyWindow) throws SQLException {
        List<Raised> raised = new ArrayList<>();
        if (matches.isEmpty()) {
            return raised;
        }
        Map<Long, Recipient> recipients = activeRecipients(c, matches.stream().map(Matched::subscriptionId).toList());
        String story = article.storyId() == null ? article.id() : article.storyId();
        for (Matched match : matches) {
            Recipient recipient = recipients.get(match.subscriptionId());
            if (recipient == null) {
                // muted or deleted since this replica's matcher last caught up
                raised.add(new Raised(0, match.subscriptionId(), Outcome.SUBSCRIPTION_GONE, null));
                continue;
            }
            raised.add(recordOne(c, article, story, recipient, match, storyWindow));
        }
        return raised;
    }

    private Raised recordOne(Connection c, ArticleDocument article, String story, Recipient recipient, Matched match, Duration storyWindow)
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
                    return new Raised(rows.getLong(1), match.subscriptionId(), Outcome.ALREADY_RECORDED, recipient);
                }
            }
        }
        // the story window, as StoryWindow replays it for backtests: the nearest alert of the story within the window of the article's time
        Instant time = AlertTime.of(article.publishedAt(), article.indexedAt(), article.fetchedAt(), Instant.now());
        Long open = null;
        try (PreparedStatement recent = c.prepareStatement(
            "SELECT id FROM alert WHERE subscription_id = ? AND story_id = ? AND story_time > ? AND story_time < ? "
                + "ORDER BY abs(extract(epoch FROM story_time - ?)), id LIMIT 1")) {
            recent.setLong(1, match.subscriptionId());
            recent.setString(2, story);
            recent.setTimestamp(3, Timestamp.from(time.minus(storyWindow)));
            recent.setTimestamp(4, Timestamp.from(time.plus(storyWindow)));
            recent.setTimestamp(5, Timestamp.from(time));
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
                                   matched_terms, explanation, story_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")) {
                insert.setLong(1, match.subscriptionId());
                insert.setString(2, recipient.owner());
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
                insert.setTimestamp(12, Timestamp.from(time));
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
        return new Raised(alertId, match.subscriptionId(), outcome, recipient);
    }

    /** The alert for delivery, or empty when it or its subscription is gone. */
    public Optional<Outgoing> outgoing(long alertId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("""
            SELECT a.id, a.story_id, a.copies, a.created_at, s.id, s.name, a.article_id, a.title, a.url, a.source_name, a.language,
                   a.published_at, a.explanation::text, s.webhook_secret, a.kind, a.spike::text
            FROM alert a JOIN subscription s ON s.id = a.subscription_id WHERE a.id = ?""")) {
            query.setLong(1, alertId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                boolean spike = "spike".equals(rows.getString(15));
                var message = new AlertMessage(spike ? "spike" : "alert",
                    new AlertMessage.Alert(rows.getLong(1), rows.getString(2), rows.getInt(3), Columns.instant(rows.getTimestamp(4))),
                    new AlertMessage.Subscription(rows.getLong(5), rows.getString(6)),
                    new AlertMessage.Article(rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getString(11), Columns.instant(rows.getTimestamp(12))),
                    Columns.explanation(json, rows.getString(13)), Columns.signal(json, rows.getString(16)));
                return Optional.of(new Outgoing(message, "marsad-alert-" + alertId, rows.getString(14)));
            }
        }
    }

    private static Map<Long, Recipient> activeRecipients(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Recipient> recipients = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement(
            "SELECT id, owner_subject, mode, webhook_url, emails FROM subscription WHERE active AND kind = 'keyword' AND id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Array emails = rows.getArray(5);
                    recipients.put(rows.getLong(1), new Recipient(rows.getString(2), rows.getString(3), rows.getString(4),
                        emails == null ? List.of() : List.of((String[]) emails.getArray())));
                }
            }
        }
        return recipients;
    }

    private String toJson(Explanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
