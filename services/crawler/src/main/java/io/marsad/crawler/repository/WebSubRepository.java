package io.marsad.crawler.repository;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The crawler's WebSub subscriptions, one per source and topic. */
@ApplicationScoped
public class WebSubRepository {

    public static final String REQUESTED = "requested";
    public static final String ACTIVE = "active";
    public static final String DENIED = "denied";
    public static final String FAILED = "failed";

    /** A subscription as stored; {@code leaseUntil} is set once the hub verified it. */
    public record Subscription(long id, long sourceId, String topic, String hub, String callbackKey, String secret, String state, String detail,
                               Instant requestedAt, Instant leaseUntil, Instant lastPushAt, long pushes) {}

    private static final String COLUMNS =
        "id, source_id, topic, hub, callback_key, secret, state, detail, requested_at, lease_until, last_push_at, pushes";

    private final DataSource dataSource;

    WebSubRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Subscription> find(long sourceId, String topic) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM websub_subscription WHERE source_id = ? AND topic = ?", sourceId, topic);
    }

    public Optional<Subscription> byCallbackKey(String key) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM websub_subscription WHERE callback_key = ?", key);
    }

    /** The subscriptions of these sources, by source, for their health. */
    public java.util.Map<Long, List<Subscription>> ofSources(List<Long> sourceIds) throws SQLException {
        java.util.Map<Long, List<Subscription>> bySource = new java.util.HashMap<>();
        if (sourceIds.isEmpty()) {
            return bySource;
        }
        try (Connection c = dataSource.getConnection()) {
            java.sql.Array ids = c.createArrayOf("bigint", sourceIds.toArray());
            for (Subscription subscription : many("SELECT " + COLUMNS + " FROM websub_subscription WHERE source_id = ANY (?) ORDER BY topic", ids)) {
                bySource.computeIfAbsent(subscription.sourceId(), id -> new ArrayList<>()).add(subscription);
            }
        }
        return bySource;
    }

    /**
     * Records a request to the hub: a new row with this key and secret, or the existing one set
     * back to requested (keeping its key and secret, so pushes already on their way still verify).
     */
    public Subscription requested(long sourceId, String topic, String hub, String newKey, String newSecret) throws SQLException {
        String sql = "INSERT INTO websub_subscription (source_id, topic, hub, callback_key, secret, state) VALUES (?, ?, ?, ?, ?, 'requested') "
            + "ON CONFLICT (source_id, topic) DO UPDATE SET hub = EXCLUDED.hub, state = 'requested', detail = NULL, requested_at = now() "
            + "RETURNING " + COLUMNS;
        return one(sql, sourceId, topic, hub, newKey, newSecret).orElseThrow();
    }

    /** The hub confirmed the subscription (verification of intent) for this long. */
    public void verified(long id, Duration lease) throws SQLException {
        update("UPDATE websub_subscription SET state = 'active', detail = NULL, lease_until = now() + make_interval(secs => ?) WHERE id = ?",
            lease.toSeconds(), id);
    }

    /** The hub refused or the request failed; {@code state} is denied or failed. */
    public void ended(long id, String state, String detail) throws SQLException {
        update("UPDATE websub_subscription SET state = ?, detail = ?, lease_until = NULL WHERE id = ?", state, detail == null ? null : FrontierRepository.truncate(detail, 1000), id);
    }

    public void pushed(long id) throws SQLException {
        update("UPDATE websub_subscription SET last_push_at = now(), pushes = pushes + 1 WHERE id = ?", id);
    }

    /**
     * Subscriptions to ask for again: active ones whose lease ends within {@code margin}, and
     * requests or failures older than {@code retryAfter} (a verification that never came, a hub that was down).
     */
    public List<Subscription> dueForRenewal(Duration margin, Duration retryAfter) throws SQLException {
        return many("SELECT " + COLUMNS + " FROM websub_subscription s WHERE EXISTS (SELECT 1 FROM source WHERE id = s.source_id AND enabled) AND ("
            + "(state = 'active' AND lease_until < now() + make_interval(secs => ?)) "
            + "OR (state IN ('requested', 'failed') AND requested_at < now() - make_interval(secs => ?))) ORDER BY id LIMIT 100",
            margin.toSeconds(), retryAfter.toSeconds());
    }

    private Optional<Subscription> one(String sql, Object... parameters) throws SQLException {
        List<Subscription> rows = many(sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    private List<Subscription> many(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Subscription> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Subscription(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10)),
                        instant(rows.getTimestamp(11)), rows.getLong(12)));
                }
            }
            return found;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
