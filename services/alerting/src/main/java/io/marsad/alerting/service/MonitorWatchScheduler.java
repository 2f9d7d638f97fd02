package io.marsad.alerting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Follows the monitors subscriptions name ({@code marsad.alerting.monitor-follow-every}) and
 * watches their spike signals ({@code marsad.alerting.spike-every}) on every replica; what they
 * write is conditional, so replicas doing the same pass change and raise things once.
 */
@ApplicationScoped
public class MonitorWatchScheduler {

    private static final Logger LOG = Logger.getLogger(MonitorWatchScheduler.class);

    private final MonitorFollower follower;
    private final SpikeWatcher spikes;

    MonitorWatchScheduler(MonitorFollower follower, SpikeWatcher spikes) {
        this.follower = follower;
        this.spikes = spikes;
    }

    @Scheduled(every = "${marsad.alerting.monitor-follow-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followMonitors() {
        try {
            follower.follow();
        } catch (Exception e) {
            LOG.error("following monitors failed", e);
        }
    }

    @Scheduled(every = "${marsad.alerting.spike-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watchSpikes() {
        try {
            spikes.watch();
        } catch (Exception e) {
            LOG.error("watching spike signals failed", e);
        }
    }
}
