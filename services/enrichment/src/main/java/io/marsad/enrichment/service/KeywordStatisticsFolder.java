package io.marsad.enrichment.service;

import io.marsad.enrichment.repository.TermStatisticsRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/** Adds the articles counted since the last beat to the keyword statistics ({@link TermStatisticsRepository#fold}). */
@ApplicationScoped
public class KeywordStatisticsFolder {

    private static final Logger LOG = Logger.getLogger(KeywordStatisticsFolder.class);

    private final TermStatisticsRepository statistics;

    KeywordStatisticsFolder(TermStatisticsRepository statistics) {
        this.statistics = statistics;
    }

    @Scheduled(every = "${marsad.index.keyword-statistics-fold-every}", delayed = "${marsad.index.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onBeat() {
        try {
            statistics.fold();
        } catch (SQLException e) {
            LOG.warnf("adding counted articles to the keyword statistics failed (%s); they wait for the next beat", e.getMessage());
        }
    }
}
