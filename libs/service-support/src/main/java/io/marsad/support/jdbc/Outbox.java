package io.marsad.support.jdbc;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A transactional outbox in PostgreSQL: what one service must deliver to another is written in the
 * same transaction as the state it belongs to, then leased by a relay (several replicas share the
 * work, {@link Leases}) and deleted only when the receiver has acknowledged it. Delivery is at least
 * once, so receivers accept a re-sent id idempotently. Queuing an id that is already waiting
 * replaces its payload (the newer version of the same item is what must arrive).
 *
 * <p>The table has the key column given, {@code payload TEXT} (JSON; best stored uncompressed,
 * {@code SET STORAGE EXTERNAL}, since a row lives only until delivered), {@code attempts INTEGER},
 * {@code next_attempt_at TIMESTAMPTZ}, {@code last_error TEXT}, {@code lease_owner TEXT},
 * {@code lease_until TIMESTAMPTZ} and {@code created_at TIMESTAMPTZ}.
 */
public final class Outbox {

    /** An item leased for delivery. */
    public record Pending(String id, String payload, int attempts) {}

    /** What the receiver said of a batch: the ids it accepted, and why it refused the others (or null). */
    public record Receipt(Set<String> accepted, String refusal) {}

    /** Sends a batch to the receiving service; throws when it cannot be reached or answers with an error. */
    public interface Receiver {
        Receipt send(List<Pending> batch) throws Exception;
    }

    /**
     * How a relay delivers: batch size, lease length (renewed while a batch is being sent, so only
     * as long as a crashed relay's rows should wait), the first pause after the receiver failed
     * (doubling with the attempts, up to 10 minutes) and the pause before an item the receiver
     * refused is offered again.
     */
    public record Policy(int batchSize, Duration lease, Duration retryBase, Duration refusedRetry) {}

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final long MAX_PAUSE_MILLIS = Duration.ofMinutes(10).toMillis();

    private final DataSource dataSource;
    private final String table;
    private final String key;
    private final LeaseKeeper leases;
    /** Deliveries under way in this process, and whether it is shutting down (see {@link #stop}). */
    private final java.util.concurrent.atomic.AtomicInteger delivering = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stopped;

    public Outbox(DataSource dataSource, String table, String key) {
        SqlIdentifiers.check(table, key);
        this.dataSource = dataSource;
        this.table = table;
        this.key = key;
        this.leases = new LeaseKeeper(dataSource, table, key, "text");
    }

    /**
     * Queues items inside the caller's transaction (or replaces the waiting versions of them), in one
     * statement, in key order (so that two batches sharing items cannot deadlock).
     */
    public void putAll(Connection c, Map<String, String> payloadsById) throws SQLException {
        if (payloadsById.isEmpty()) {
            return;
        }
        TreeMap<String, String> ordered = new TreeMap<>(payloadsById);
        String sql = "INSERT INTO " + table + " (" + key + ", payload) SELECT id, payload FROM unnest(?::text[], ?::text[]) AS t (id, payload) "
            + "ORDER BY id ON CONFLICT (" + key + ") DO UPDATE SET payload = EXCLUDED.payload, attempts = 0, next_attempt_at = now(), last_error = NULL";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setArray(1, c.createArrayOf("text", ordered.keySet().toArray()));
            insert.setArray(2, c.createArrayOf("text", ordered.values().toArray()));
            insert.executeUpdate();
        }
    }

    /** Leases up to {@code max} due items, oldest first, skipping those another relay holds. */
    public List<Pending> lease(String owner, int max, Duration lease) throws SQLException {
        String sql = "UPDATE " + table + " SET lease_owner = ?, lease_until = now() + make_interval(secs => ?) WHERE " + key + " IN ("
            + "SELECT " + key + " FROM " + table + " WHERE next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now()) "
            + "ORDER BY next_attempt_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + key + ", payload, attempts";
        return Leases.lease(dataSource, sql, owner, lease, max, row -> new Pending(row.getString(1), row.getString(2), row.getInt(3)));
    }

    /** The receiver has them: they leave the outbox. */
    public void acknowledge(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ANY (?)")) {
            delete.setArray(1, c.createArrayOf("text", ids.toArray()));
            delete.executeUpdate();
        }
    }

    /** Not delivered: due again at {@code at}, with the reason kept for operators. */
    public void retryAt(Collection<String> ids, Instant at, String error) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL "
            + "WHERE " + key + " = ANY (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, error == null ? null : error.substring(0, Math.min(2000, error.length())));
            update.setArray(3, c.createArrayOf("text", ids.toArray()));
            update.executeUpdate();
        }
    }

    /**
     * Delivers what is due, batch by batch, until nothing is due or the receiver fails. Items leave
     * the outbox only when the receiver lists them as accepted; when it fails they wait with growing
     * pauses; items it refused wait {@code refusedRetry} with the reason kept in {@code last_error}.
     *
     * @return how many items the receiver accepted
     */
    public int deliver(String owner, Policy policy, String receiverName, Receiver receiver) throws Exception {
        if (stopped) {
            return 0;
        }
        delivering.incrementAndGet();
        try {
            return deliverWhileDue(owner, policy, receiverName, receiver);
        } finally {
            delivering.decrementAndGet();
        }
    }

    private int deliverWhileDue(String owner, Policy policy, String receiverName, Receiver receiver) throws Exception {
        int accepted = 0;
        while (!stopped) {
            List<Pending> batch = lease(owner, policy.batchSize(), policy.lease());
            if (batch.isEmpty()) {
                return accepted;
            }
            List<String> ids = batch.stream().map(Pending::id).toList();
            Receipt receipt;
            try (LeaseKeeper.Held kept = leases.hold(owner, ids, policy.lease())) {
                receipt = receiver.send(batch);
            } catch (RuntimeException e) {
                int attempts = batch.stream().mapToInt(Pending::attempts).max().orElse(0);
                Duration pause = Duration.ofMillis(Math.min(MAX_PAUSE_MILLIS, policy.retryBase().toMillis() << Math.min(attempts, 7)));
                retryAt(ids, Instant.now().plus(pause), receiverName + " unavailable: " + e.getMessage());
                LOG.warnf("%s did not take %d items (%s); retrying in %d s", receiverName, ids.size(), e.getMessage(), pause.toSeconds());
                return accepted;
            }
            Set<String> acknowledged = new HashSet<>(receipt.accepted());
            acknowledged.retainAll(ids);
            acknowledge(acknowledged);
            accepted += acknowledged.size();
            List<String> refused = ids.stream().filter(id -> !acknowledged.contains(id)).toList();
            if (!refused.isEmpty()) {
                String why = receipt.refusal() == null ? "not acknowledged" : receipt.refusal();
                retryAt(refused, Instant.now().plus(policy.refusedRetry()), "refused by " + receiverName + ": " + why);
                LOG.warnf("%s refused %d items: %s", receiverName, refused.size(), why);
            }
        }
        return accepted;
    }

    /**
     * For a graceful shutdown: starts no more batches, lets the one being sent finish (at most
     * {@code wait}) and gives back every row {@code owner} still holds, so that the next relay (a
     * restarted process or another replica) sends them at once instead of after the lease. A row
     * the receiver took but whose acknowledgement was cut off is sent again, which receivers accept.
     *
     * @return how many rows were given back
     */
    public int stop(String owner, Duration wait) throws SQLException, InterruptedException {
        stopped = true;
        long deadline = System.nanoTime() + wait.toNanos();
        while (delivering.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?")) {
            update.setString(1, owner);
            return update.executeUpdate();
        }
    }

    /** How many items wait, due or not. */
    public int size() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
