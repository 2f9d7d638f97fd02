package io.marsad.alerting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.service.Explanation;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Spike subscriptions and their alerts. A spike alert is recorded once per subscription and day:
 * its story id names the monitor and the day, and a unique index on spike alerts (V8) makes a
 * second insert, on this replica or another, do nothing.
 */
@ApplicationScoped
public class SpikeAlerts {

    /** An active spike subscription as the watcher reads it. */
    public record Watched(long id, String owner, long monitorId, String timeZone, String mode, String webhookUrl, List<String> emails) {
        public boolean realtime() {
            return "realtime".equals(mode);
        }
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    SpikeAlerts(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<Watched> watched() throws SQLException {
        List<Watched> watched = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT id, owner_subject, monitor_id, time_zone, mode, webhook_url, emails FROM subscription "
                + "WHERE active AND kind = 'spike' ORDER BY monitor_id, time_zone, id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Array emails = rows.getArray(7);
                watched.add(new Watched(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4), rows.getString(5),
                    rows.getString(6), emails == null ? List.of() : List.of((String[]) emails.getArray())));
            }
        }
        return watched;
    }

    /** The story id of a monitor's spike on a day: one alert per subscription carries it. */
    public static String storyOf(MonitorSignal signal) {
        return "spike:" + signal.monitorId() + ":" + signal.spike().day();
    }

    /**
     * Records the spike alert of the subscription for the signal's day, in the caller's transaction,
     * unless it is recorded already (or the subscription was muted or changed kind meanwhile).
     *
     * @return the new alert's id, or null
     */
    public Long record(Connection c, Watched subscription, MonitorSignal signal, String headline, Explanation explanation)
        throws SQLException {
        MonitorSignal.Story top = signal.storiesOrEmpty().isEmpty() ? null : signal.storiesOrEmpty().get(0);
        try (PreparedStatement insert = c.prepareStatement("""
            INSERT INTO alert (subscription_id, owner_subject, story_id, article_id, title, url, matched_terms, explanation, story_time,
                               kind, spike)
            SELECT s.id, s.owner_subject, ?, ?, ?, ?, '{}', ?::jsonb, now(), 'spike', ?::jsonb
            FROM subscription s WHERE s.id = ? AND s.active AND s.kind = 'spike'
            ON CONFLICT (subscription_id, story_id) WHERE kind = 'spike' DO NOTHING RETURNING id""")) {
            String story = storyOf(signal);
            insert.setString(1, story);
            insert.setString(2, top == null ? story : top.articleId());
            insert.setString(3, headline);
            insert.setString(4, top == null ? "" : top.url());
            insert.setString(5, toJson(explanation));
            insert.setString(6, toJson(signal));
            insert.setLong(7, subscription.id());
            try (ResultSet rows = insert.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
