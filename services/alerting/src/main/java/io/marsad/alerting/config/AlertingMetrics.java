package io.marsad.alerting.config;

import io.marsad.alerting.repository.Backlog;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.InboxQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Queue gauges, read from PostgreSQL when scraped: articles waiting to be matched and deliveries
 * waiting to go out, with the age of the oldest of each (what an operator watches to see alerting
 * fall behind).
 */
@Startup
@ApplicationScoped
public class AlertingMetrics {

    /** A scrape reads both gauges of a queue within this long: one query serves both. */
    private static final long READ_AGAIN_AFTER_NANOS = 1_000_000_000L;

    interface Reading {
        Backlog read() throws SQLException;
    }

    AlertingMetrics(MeterRegistry registry, InboxQueue inbox, DeliveryQueue deliveries) {
        queue(registry, "marsad.alerting.inbox.waiting", "inbox articles not yet matched",
            "marsad.alerting.inbox.oldest.seconds", "how long the oldest unmatched article has waited", inbox::backlog);
        queue(registry, "marsad.alerting.deliveries.pending", "deliveries not yet made",
            "marsad.alerting.deliveries.oldest.seconds", "how long the oldest pending delivery has waited", deliveries::backlog);
    }

    /** A queue's two gauges, from one query per scrape: the second gauge reuses what the first read a moment ago. */
    private static void queue(MeterRegistry registry, String waiting, String waitingDescription, String oldest, String oldestDescription,
                              Reading reading) {
        AtomicReference<Read> last = new AtomicReference<>(new Read(0, null));
        Supplier<Backlog> current = () -> {
            long now = System.nanoTime();
            Read read = last.get();
            if (read.backlog() == null || now - read.at() > READ_AGAIN_AFTER_NANOS) {
                try {
                    read = new Read(now, reading.read());
                } catch (SQLException | RuntimeException e) {
                    read = new Read(now, null); // the database is away: the readiness check says so
                }
                last.set(read);
            }
            return read.backlog();
        };
        Gauge.builder(waiting, () -> value(current.get(), b -> (double) b.waiting())).description(waitingDescription).register(registry);
        Gauge.builder(oldest, () -> value(current.get(), b -> b.oldest().toMillis() / 1000.0)).description(oldestDescription).register(registry);
    }

    private record Read(long at, Backlog backlog) {}

    private static Number value(Backlog backlog, Function<Backlog, Double> of) {
        return backlog == null ? Double.NaN : of.apply(backlog);
    }
}
