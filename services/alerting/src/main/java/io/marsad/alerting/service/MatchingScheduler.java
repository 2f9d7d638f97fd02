package io.marsad.alerting.service;

import io.marsad.alerting.delivery.DeliveryScheduler;
import io.marsad.support.work.Wakeable;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Matches the inbox on a beat ({@code marsad.alerting.match-every}) and at once when articles
 * arrive ({@link #wake()}); new alerts go to delivery at once too. One run at a time per replica.
 */
@ApplicationScoped
public class MatchingScheduler {

    private final Wakeable matching;

    MatchingScheduler(ArticleMatching matching, DeliveryScheduler delivery, @ConfigProperty(name = "marsad.wake-on-new-work") boolean wakeOnWork) {
        this.matching = new Wakeable("matching", wakeOnWork, () -> {
            if (matching.matchPending() > 0) {
                delivery.wake();
            }
        });
    }

    @Scheduled(every = "${marsad.alerting.match-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        matching.onBeat();
    }

    /** Articles arrived in the inbox: match them now rather than at the next beat. */
    public void wake() {
        matching.wake();
    }
}
