package io.marsad.alerting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Matches the inbox on a beat ({@code marsad.alerting.match-every}); one run at a time per replica. */
@ApplicationScoped
public class MatchingScheduler {

    private static final Logger LOG = Logger.getLogger(MatchingScheduler.class);

    private final ArticleMatching matching;

    MatchingScheduler(ArticleMatching matching) {
        this.matching = matching;
    }

    @Scheduled(every = "${marsad.alerting.match-every}", delayed = "${marsad.alerting.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            matching.matchPending();
        } catch (Exception e) {
            LOG.error("matching the inbox failed", e);
        }
    }
}
