package io.marsad.alerting.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.service.Explanation;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's in-app alerts: those of their subscriptions that deliver in the app, newest first, with
 * what is read. Every query is bound to the owner, so no one reads or marks another's alerts.
 */
@ApplicationScoped
public class AlertInbox {

    /**
     * An alert as its owner reads it: {@code kind} {@code match} (an article matched) or {@code spike}
     * (the monitor's signal, in {@code spike}, with the day's top stories; null for a match).
     */
    public record Alert(long id, long subscriptionId, String subscriptionName, String kind, String storyId, String articleId, String title,
                        String url, String sourceName, String language, Instant publishedAt, int copies, Explanation explanation,
                        MonitorSignal spike, Instant createdAt, Instant readAt) {}

    /** Another article of the alert's story, attached to it instead of alerting again. */
    public record Copy(String articleId, String title, String url, String sourceName, Instant matchedAt) {}

    private static final String VISIBLE = """
        FROM alert a JOIN subscription s ON s.id = a.subscription_id AND s.in_app
        WHERE a.owner_subject = ?""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    AlertInbox(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<Alert> page(String owner, boolean unreadOnly, int page, int size) throws SQLException {
        String sql = "SELECT a.id, a.subscription_id, s.name, a.story_id, a.article_id, a.title, a.url, a.source_name, a.language, "
            + "a.published_at, a.copies, a.explanation::text, a.created_at, a.read_at, a.kind, a.spike::text " + VISIBLE
            + (unreadOnly ? " AND a.read_at IS NULL" : "") + " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?";
        List<Alert> alerts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, owner);
            query.setInt(2, size);
            query.setLong(3, (long) page * size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
            }
        }
        return alerts;
    }

    public long count(String owner, boolean unreadOnly) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT count(*) " + VISIBLE + (unreadOnly ? " AND a.read_at IS NULL" : ""))) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The owner's unread count and newest visible alert id (or null), read in one statement so they agree. */
    public UnreadSummary unreadSummary(String owner) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT count(*) FILTER (WHERE a.read_at IS NULL), max(a.id) " + VISIBLE)) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new UnreadSummary(rows.getLong(1), (Long) rows.getObject(2));
            }
        }
    }

    public record UnreadSummary(long unread, Long newest) {}

    public Optional<Alert> get(String owner, long id) throws SQLException {
        String sql = "SELECT a.id, a.subscription_id, s.name, a.story_id, a.article_id, a.title, a.url, a.source_name, a.language, "
            + "a.published_at, a.copies, a.explanation::text, a.created_at, a.read_at, a.kind, a.spike::text " + VISIBLE + " AND a.id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, owner);
            query.setLong(2, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(alert(rows)) : Optional.empty();
            }
        }
    }

    /** The other articles of an alert's story, in the order they came. */
    public List<Copy> copies(long alertId) throws SQLException {
        List<Copy> copies = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT aa.article_id, aa.title, aa.url, aa.source_name, aa.matched_at FROM alert_article aa JOIN alert a ON a.id = aa.alert_id "
                + "WHERE aa.alert_id = ? AND aa.article_id <> a.article_id ORDER BY aa.matched_at, aa.article_id")) {
            query.setLong(1, alertId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    copies.add(new Copy(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), Columns.instant(rows.getTimestamp(5))));
                }
            }
        }
        return copies;
    }

    /** Marks the owner's alert read; false when there is no such alert of theirs. */
    public boolean markRead(String owner, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE alert a SET read_at = COALESCE(a.read_at, now()) FROM subscription s "
                + "WHERE s.id = a.subscription_id AND s.in_app AND a.owner_subject = ? AND a.id = ?")) {
            update.setString(1, owner);
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Marks all the owner's unread alerts read; returns how many. */
    public int markAllRead(String owner) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
            "UPDATE alert a SET read_at = now() FROM subscription s "
                + "WHERE s.id = a.subscription_id AND s.in_app AND a.owner_subject = ? AND a.read_at IS NULL")) {
            update.setString(1, owner);
            return update.executeUpdate();
        }
    }

    private Alert alert(ResultSet rows) throws SQLException {
        return new Alert(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(15), rows.getString(4), rows.getString(5),
            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), Columns.instant(rows.getTimestamp(10)), rows.getInt(11),
            Columns.explanation(json, rows.getString(12)), Columns.signal(json, rows.getString(16)), Columns.instant(rows.getTimestamp(13)),
            Columns.instant(rows.getTimestamp(14)));
    }
}
