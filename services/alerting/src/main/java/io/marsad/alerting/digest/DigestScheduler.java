package io.marsad.alerting.digest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Makes the digests whose period has ended, every minute (their deliveries then go out with the others). */
@ApplicationScoped
public class DigestScheduler {

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class);

    private final DigestMaker maker;

    DigestScheduler(DigestMaker maker) {
        this.maker = maker;
    }

    @Scheduled(every = "1m", delayed = "${marsad.alerting.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            maker.makeDue(Instant.now());
        } catch (Exception e) {
            LOG.error("making digests failed", e);
        }
    }
}
