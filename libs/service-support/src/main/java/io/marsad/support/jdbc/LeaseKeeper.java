package io.marsad.support.jdbc;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps leased rows leased while the work on them runs, renewing the lease every third of its
 * length. So a lease can be short: rows a crashed process held are taken up again one lease later,
 * not after the longest a batch could ever take, and a slow batch is not taken by a second worker
 * while the first is still on it. Renewal touches only rows the owner still holds, so rows already
 * done or given back for a retry are left as they are.
 */
public final class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
    /** One daemon thread for every keeper of the process: a renewal is one short UPDATE. */
    private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("lease-renewal").daemon().factory());

    private final DataSource dataSource;
    private final String renewal;
    private final String keyType;

    /**
     * @param keyType the SQL type of the key column, for the array of keys ({@code text}, {@code bigint})
     */
    public LeaseKeeper(DataSource dataSource, String table, String key, String keyType) {
        SqlIdentifiers.check(table, key, keyType);
        this.dataSource = dataSource;
        this.keyType = keyType;
        this.renewal = "UPDATE " + table + " SET lease_until = now() + make_interval(secs => ?) WHERE lease_owner = ? AND " + key + " = ANY (?)";
    }

    /** Renews {@code owner}'s lease on these rows until the returned hold is closed. */
    public Held hold(String owner, Collection<?> keys, Duration lease) {
        Object[] keyArray = keys.toArray();
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewing = RENEWALS.scheduleWithFixedDelay(() -> renew(owner, keyArray, lease), every, every, TimeUnit.MILLISECONDS);
        return () -> renewing.cancel(false);
    }

    /** Renews once; returns how many rows the owner still held. */
    int renew(String owner, Object[] keys, Duration lease) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(renewal)) {
            update.setQueryTimeout((int) Math.max(1, lease.toSeconds() / 3));
            update.setDouble(1, lease.toMillis() / 1000.0);
            update.setString(2, owner);
            update.setArray(3, c.createArrayOf(keyType, keys));
            return update.executeUpdate();
        } catch (SQLException e) {
            // the lease runs out if this keeps failing, and another worker takes the rows: delivery is at least once anyway
            LOG.warnf("could not renew the lease of %d rows held by %s: %s", keys.length, owner, e.getMessage());
            return 0;
        }
    }

    /** A lease being kept; closing it stops the renewals (it does not give the rows back). */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
