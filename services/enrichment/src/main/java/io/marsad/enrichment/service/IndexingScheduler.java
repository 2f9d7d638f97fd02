package io.marsad.enrichment.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the indexer on a beat; tests call it themselves. */
@ApplicationScoped
public class IndexingScheduler {

    private static final Logger LOG = Logger.getLogger(IndexingScheduler.class);

    private final ArticleIndexer indexer;

    IndexingScheduler(ArticleIndexer indexer) {
        this.indexer = indexer;
    }

    @Scheduled(every = "${marsad.index.every}", delayed = "${marsad.index.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void index() {
        try {
            indexer.indexPending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("indexing failed", e);
        }
    }
}
