package io.marsad.alerting.repository;

import io.marsad.alerting.service.SubscriptionMatcher.Stored;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Subscription changes in the order they were made: every insert, update and deletion takes the
 * next revision under one lock (V3 migration), so whoever has seen revision n has seen every
 * change before it and asks only for what came after.
 */
@ApplicationScoped
public class SubscriptionFeed {

    /** The changes after a revision: subscriptions to (re)register, ids to drop, and the last revision among them. */
    public record Changes(List<Stored> active, List<Long> removed, long lastRevision) {}

    private final DataSource dataSource;

    SubscriptionFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Changes since(long revision) throws SQLException {
        List<Stored> active = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        long last = revision;
        // one statement, so one snapshot: a deletion is never seen without the changes before it
        try (Connection c = dataSource.getConnection(); PreparedStatement changed = c.prepareStatement("""
            SELECT id, query, languages, sources, entities, active AND kind = 'keyword', revision, false AS deleted FROM subscription WHERE revision > ?
            UNION ALL
            SELECT subscription_id, NULL, NULL, NULL, NULL, false, revision, true FROM subscription_deletion WHERE revision > ?
            ORDER BY revision""")) {
            changed.setLong(1, revision);
            changed.setLong(2, revision);
            try (ResultSet rows = changed.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (!rows.getBoolean(8) && rows.getBoolean(6)) {
                        active.add(new Stored(id, rows.getString(2), strings(rows.getArray(3)), strings(rows.getArray(4)), strings(rows.getArray(5))));
                    } else {
                        removed.add(id); // muted or deleted
                    }
                    last = Math.max(last, rows.getLong(7));
                }
            }
        }
        return new Changes(active, removed, last);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
