package io.marsad.alerting.repository;

import io.marsad.alerting.client.FollowedMonitor;
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
 * The subscriptions that follow a monitor, brought up to date with it. Each change is one
 * conditional UPDATE, so replicas that read the same monitor change a subscription once, and the
 * change takes a new revision (the V3 trigger) that every replica's matcher follows.
 */
@ApplicationScoped
public class FollowedMonitors {

    private final DataSource dataSource;

    FollowedMonitors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The monitors followed by subscriptions, those found deleted left out. */
    public List<Long> followed() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT DISTINCT monitor_id FROM subscription WHERE monitor_id IS NOT NULL AND monitor_missing_since IS NULL ORDER BY monitor_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Gives the monitor's query and filters to the subscriptions following it that differ; returns how many changed. */
    public int update(FollowedMonitor monitor) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
            UPDATE subscription SET query = ?, languages = ?, sources = ?, entities = ?, version = version + 1, updated_at = now()
            WHERE monitor_id = ? AND monitor_missing_since IS NULL
              AND (query <> ? OR languages <> ? OR sources <> ? OR entities <> ?)""")) {
            Array languages = c.createArrayOf("text", monitor.languagesOrEmpty().toArray());
            Array sources = c.createArrayOf("text", monitor.sourcesOrEmpty().toArray());
            Array entities = c.createArrayOf("text", monitor.entitiesOrEmpty().toArray());
            update.setString(1, monitor.query());
            update.setArray(2, languages);
            update.setArray(3, sources);
            update.setArray(4, entities);
            update.setLong(5, monitor.id());
            update.setString(6, monitor.query());
            update.setArray(7, languages);
            update.setArray(8, sources);
            update.setArray(9, entities);
            return update.executeUpdate();
        }
    }

    /** Mutes the subscriptions of a monitor that no longer exists, saying since when; returns how many. */
    public int gone(long monitorId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
            UPDATE subscription SET active = false, monitor_missing_since = now(), version = version + 1, updated_at = now()
            WHERE monitor_id = ? AND monitor_missing_since IS NULL""")) {
            update.setLong(1, monitorId);
            return update.executeUpdate();
        }
    }
}
