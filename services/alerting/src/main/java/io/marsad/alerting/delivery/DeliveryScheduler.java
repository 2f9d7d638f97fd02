package io.marsad.alerting.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends due deliveries on a beat ({@code marsad.alerting.deliver-every}); one run at a time per replica. */
@ApplicationScoped
public class DeliveryScheduler {

    private static final Logger LOG = Logger.getLogger(DeliveryScheduler.class);

    private final DeliveryWorker worker;

    DeliveryScheduler(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(every = "${marsad.alerting.deliver-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            worker.deliverDue();
        } catch (Exception e) {
            LOG.error("delivering alerts failed", e);
        }
    }
}
