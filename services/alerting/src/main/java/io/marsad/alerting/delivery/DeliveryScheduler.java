package io.marsad.alerting.delivery;

import io.marsad.support.work.Wakeable;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due deliveries on a beat ({@code marsad.alerting.deliver-every}), which also brings the
 * retries due, and at once when matching raised alerts ({@link #wake()}). One run at a time per replica.
 */
@ApplicationScoped
public class DeliveryScheduler {

    private final Wakeable delivering;

    DeliveryScheduler(DeliveryWorker worker, @ConfigProperty(name = "marsad.wake-on-new-work") boolean wakeOnWork) {
        this.delivering = new Wakeable("delivery", wakeOnWork, worker::deliverDue);
    }

    @Scheduled(every = "${marsad.alerting.deliver-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        delivering.onBeat();
    }

    /** Alerts were raised: deliver them now rather than at the next beat. */
    public void wake() {
        delivering.wake();
    }
}
