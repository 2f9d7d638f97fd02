package io.marsad.enrichment.service;

import io.marsad.support.work.Wakeable;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the indexer on a beat, and at once when articles are taken in ({@link #wake()}); what it
 * indexed goes to the alerting relay at once too. Tests switch the wake-ups off and call the
 * stages themselves.
 */
@ApplicationScoped
public class IndexingScheduler {

    private final Wakeable indexing;

    IndexingScheduler(ArticleIndexer indexer, AlertingRelay relay,
                      @ConfigProperty(name = "marsad.wake-on-new-work") boolean wakeOnWork) {
        this.indexing = new Wakeable("indexing", wakeOnWork, () -> {
            if (indexer.indexPendingOnWorkers() > 0) {
                relay.wake();
            }
        });
    }

    @Scheduled(every = "${marsad.index.every}", delayed = "${marsad.index.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void index() {
        indexing.onBeat();
    }

    /** Articles were taken in: index them now rather than at the next beat. */
    public void wake() {
        indexing.wake();
    }
}
