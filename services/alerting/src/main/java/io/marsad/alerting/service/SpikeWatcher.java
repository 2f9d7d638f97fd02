package io.marsad.alerting.service;

import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.client.MonitorWatchClient;
import io.marsad.alerting.config.AlertingConfig;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.SpikeAlerts;
import io.marsad.support.jdbc.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watches the spike signal of the monitors that spike subscriptions follow: once per beat, each
 * monitor and time zone is asked for today's signal (today in that zone) from the search service;
 * while it is on, each of its subscriptions gets one spike alert for the day, with its deliveries
 * in the same transaction, however many beats and replicas see it on.
 */
@ApplicationScoped
public class SpikeWatcher {

    private static final Logger LOG = Logger.getLogger(SpikeWatcher.class);

    private final MonitorWatchClient search;
    private final SpikeAlerts alerts;
    private final DeliveryQueue deliveries;
    private final DataSource dataSource;
    private final AlertingConfig config;
    private final MeterRegistry metrics;

    SpikeWatcher(@RestClient MonitorWatchClient search, SpikeAlerts alerts, DeliveryQueue deliveries, DataSource dataSource,
                 AlertingConfig config, MeterRegistry metrics) {
        this.search = search;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.dataSource = dataSource;
        this.config = config;
        this.metrics = metrics;
    }

    /** One pass over every active spike subscription; returns how many spike alerts it raised. */
    public int watch() throws SQLException {
        Map<String, List<SpikeAlerts.Watched>> byMonitorAndZone = new LinkedHashMap<>();
        for (SpikeAlerts.Watched subscription : alerts.watched()) {
            byMonitorAndZone.computeIfAbsent(subscription.monitorId() + " " + subscription.timeZone(), key -> new ArrayList<>()).add(subscription);
        }
        int raised = 0;
        for (List<SpikeAlerts.Watched> group : byMonitorAndZone.values()) {
            SpikeAlerts.Watched first = group.get(0);
            MonitorSignal signal;
            try {
                String today = LocalDate.now(ZoneId.of(first.timeZone())).toString();
                signal = search.spike(first.monitorId(), first.timeZone(), today, config.spikeStories());
            } catch (WebApplicationException e) {
                // a monitor that is gone: the monitor follower mutes its subscriptions
                LOG.warnf("the spike signal of monitor %d could not be read (HTTP %d)", first.monitorId(), e.getResponse().getStatus());
                continue;
            } catch (RuntimeException e) {
                LOG.warnf("the search service did not answer for spike signals (%s); trying again at the next beat", e.toString());
                break;
            }
            metrics.counter("marsad.alerting.spike.checks", "spiking", Boolean.toString(signal.spike().spiking())).increment();
            if (signal.spike().spiking()) {
                for (SpikeAlerts.Watched subscription : group) {
                    if (record(subscription, signal) != null) {
                        raised++;
                    }
                }
            }
        }
        return raised;
    }

    /**
     * Records the subscription's spike alert of the signal's day and queues its deliveries (for a
     * realtime subscription), in one transaction; null when it was recorded before.
     */
    public Long record(SpikeAlerts.Watched subscription, MonitorSignal signal) throws SQLException {
        Long alert = Transactions.call(dataSource, c -> {
            Long id = alerts.record(c, subscription, signal, headline(signal), explanation(signal));
            if (id != null && subscription.realtime()) {
                deliveries.enqueue(c, id, subscription.id(), subscription.owner(), subscription.webhookUrl(), subscription.emails());
            }
            return id;
        });
        if (alert != null) {
            metrics.counter("marsad.alerting.spike.alerts").increment();
        }
        return alert;
    }

    /** "Port deal: 57 articles on 2026-11-30, against 8.2 a day over the 14 days before". */
    static String headline(MonitorSignal signal) {
        MonitorSignal.Spike spike = signal.spike();
        return String.format(Locale.ROOT, "%s: %d articles on %s, against %.1f a day over the %d days before", signal.name(), spike.count(),
            spike.day(), spike.baselineMean(), spike.baselineDays());
    }

    static Explanation explanation(MonitorSignal signal) {
        List<String> lines = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (MonitorSignal.Story story : signal.storiesOrEmpty()) {
            lines.add(story.title() + (story.source() == null ? "" : " — " + story.source())
                + (story.articles() > 1 ? " (" + story.articles() + " articles)" : ""));
            languages.add(story.language());
        }
        return Explanation.ofSpike(headline(signal), lines, languages);
    }
}
