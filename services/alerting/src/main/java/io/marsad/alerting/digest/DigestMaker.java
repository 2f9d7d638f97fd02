package io.marsad.alerting.digest;

import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.support.jdbc.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the digests whose period has ended: for each active digest subscription, its last ended
 * period gets one digest row (unique per subscription and period, so replicas and reruns make it
 * once), counting the period's alerts; with alerts, its deliveries are queued in the same
 * transaction; without, nothing is sent.
 */
@ApplicationScoped
public class DigestMaker {

    private static final Logger LOG = Logger.getLogger(DigestMaker.class);

    /** A digest subscription as the maker reads it. */
    record Due(long id, String owner, String period, Integer hour, String timeZone, String webhookUrl, List<String> emails, Instant createdAt) {}

    private final DataSource dataSource;
    private final DeliveryQueue deliveries;
    private final MeterRegistry metrics;

    DigestMaker(DataSource dataSource, DeliveryQueue deliveries, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    /** Makes what is due at {@code now}; returns how many digests with alerts were queued. */
    public int makeDue(Instant now) throws SQLException {
        int queued = 0;
        for (Due subscription : digestSubscriptions()) {
            DigestPeriod period = DigestPeriod.lastEnded(subscription.period(), subscription.hour(), subscription.timeZone(), now);
            if (!period.end().isAfter(subscription.createdAt())) {
                continue; // the first period ends after the subscription was made
            }
            try {
                if (make(subscription, period)) {
                    queued++;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.errorf("the digest of subscription %d for %s failed: %s", subscription.id(), period.end(), e.toString());
            }
        }
        return queued;
    }

    private boolean make(Due subscription, DigestPeriod period) throws SQLException {
        return Transactions.call(dataSource, c -> {
            Long digest = null;
            try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO digest (subscription_id, owner_subject, period_start, period_end, alerts) VALUES (?, ?, ?, ?, 0) "
                    + "ON CONFLICT (subscription_id, period_end) DO NOTHING RETURNING id")) {
                insert.setLong(1, subscription.id());
                insert.setString(2, subscription.owner());
                insert.setTimestamp(3, Timestamp.from(period.start()));
                insert.setTimestamp(4, Timestamp.from(period.end()));
                try (ResultSet rows = insert.executeQuery()) {
                    if (rows.next()) {
                        digest = rows.getLong(1);
                    }
                }
            }
            if (digest == null) {
                return false; // made already, here or on another replica
            }
            int alerts;
            try (PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM alert WHERE subscription_id = ? AND created_at >= ? AND created_at < ?")) {
                count.setLong(1, subscription.id());
                count.setTimestamp(2, Timestamp.from(period.start()));
                count.setTimestamp(3, Timestamp.from(period.end()));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    alerts = rows.getInt(1);
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE digest SET alerts = ? WHERE id = ?")) {
                update.setInt(1, alerts);
                update.setLong(2, digest);
                update.executeUpdate();
            }
            metrics.counter("marsad.alerting.digests", "outcome", alerts == 0 ? "empty" : "queued").increment();
            if (alerts == 0) {
                return false; // nothing new: no message
            }
            deliveries.enqueueDigest(c, digest, subscription.id(), subscription.owner(), subscription.webhookUrl(), subscription.emails());
            return true;
        });
    }

    private List<Due> digestSubscriptions() throws SQLException {
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
            "SELECT id, owner_subject, digest_period, digest_hour, time_zone, webhook_url, emails, created_at FROM subscription "
                + "WHERE active AND mode = 'digest' AND (webhook_url IS NOT NULL OR cardinality(emails) > 0)");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Array emails = rows.getArray(7);
                due.add(new Due(rows.getLong(1), rows.getString(2), rows.getString(3), (Integer) rows.getObject(4), rows.getString(5),
                    rows.getString(6), emails == null ? List.of() : List.of((String[]) emails.getArray()), rows.getTimestamp(8).toInstant()));
            }
        }
        return due;
    }
}
