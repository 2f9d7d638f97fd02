package io.marsad.alerting.config;

import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.InboxQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Queue gauges, read from PostgreSQL when scraped: articles waiting to be matched and deliveries
 * waiting to go out, with the age of the oldest of each (what an operator watches to see alerting
 * fall behind).
 */
@Startup
@ApplicationScoped
public class AlertingMetrics {

    interface Reading {
        double read() throws SQLException;
    }

    AlertingMetrics(MeterRegistry registry, InboxQueue inbox, DeliveryQueue deliveries) {
        gauge(registry, "marsad.alerting.inbox.waiting", "inbox articles not yet matched", () -> inbox.backlog().articles());
        gauge(registry, "marsad.alerting.inbox.oldest.seconds", "how long the oldest unmatched article has waited",
            () -> inbox.backlog().oldest().toMillis() / 1000.0);
        gauge(registry, "marsad.alerting.deliveries.pending", "deliveries not yet made", () -> deliveries.backlog().pending());
        gauge(registry, "marsad.alerting.deliveries.oldest.seconds", "how long the oldest pending delivery has waited",
            () -> deliveries.backlog().oldest().toMillis() / 1000.0);
    }

    private static void gauge(MeterRegistry registry, String name, String description, Reading reading) {
        Supplier<Number> value = () -> {
            try {
                return reading.read();
            } catch (SQLException | RuntimeException e) {
                return Double.NaN; // the database is away: the readiness check says so
            }
        };
        Gauge.builder(name, value).description(description).register(registry);
    }
}
