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
        try (Connection c = dataSource.getConnection()) {
            // one snapshot for both reads, so a deletion is never seen before the insert it undoes
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement changed = c.prepareStatement(
                "SELECT id, query, languages, sources, entities, active, revision FROM subscription WHERE revision > ? ORDER BY revision")) {
                changed.setLong(1, revision);
                try (ResultSet rows = changed.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (rows.getBoolean(6)) {
                            active.add(new Stored(id, rows.getString(2), strings(rows.getArray(3)), strings(rows.getArray(4)), strings(rows.getArray(5))));
                        } else {
                            removed.add(id); // muted
                        }
                        last = Math.max(last, rows.getLong(7));
                    }
                }
            }
            try (PreparedStatement deleted = c.prepareStatement(
                "SELECT subscription_id, revision FROM subscription_deletion WHERE revision > ? ORDER BY revision")) {
                deleted.setLong(1, revision);
                try (ResultSet rows = deleted.executeQuery()) {
                    while (rows.next()) {
                        removed.add(rows.getLong(1));
                        last = Math.max(last, rows.getLong(2));
                    }
                }
            }
            c.commit();
        }
        return new Changes(active, removed, last);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
