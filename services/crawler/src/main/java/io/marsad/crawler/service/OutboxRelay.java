package io.marsad.crawler.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.crawler.client.ArticleBatch;
import io.marsad.crawler.client.BatchReceipt;
import io.marsad.crawler.repository.OutboxRepository;
import io.marsad.support.jdbc.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Delivers the outbox to enrichment in batches. Rows leave only when enrichment has accepted them;
 * when it is down they wait, with growing pauses, and nothing is lost across crawler restarts.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final EnrichmentHandOff handOff;
    private final WorkerIdentity worker;
    private final CrawlerConfig config;
    private final ObjectMapper json;

    private final io.micrometer.core.instrument.MeterRegistry metrics;

    OutboxRelay(OutboxRepository outbox, EnrichmentHandOff handOff, WorkerIdentity worker, CrawlerConfig config, ObjectMapper json,
                io.micrometer.core.instrument.MeterRegistry metrics) {
        this.outbox = outbox;
        this.handOff = handOff;
        this.worker = worker;
        this.config = config;
        this.json = json;
        this.metrics = metrics;
    }

    /** Sends what is due; returns how many articles enrichment accepted. */
    public int relay() throws Exception {
        int accepted = 0;
        while (true) {
            List<Outbox.Pending> batch = outbox.lease(worker.id(), config.handOffBatch(), Duration.ofMinutes(2));
            if (batch.isEmpty()) {
                return accepted;
            }
            List<ArticleBatch.Article> articles = new ArrayList<>();
            for (Outbox.Pending pending : batch) {
                articles.add(json.readValue(pending.payload(), ArticleBatch.Article.class));
            }
            List<String> ids = batch.stream().map(Outbox.Pending::id).toList();
            BatchReceipt receipt;
            try {
                receipt = handOff.send(new ArticleBatch(articles));
            } catch (RuntimeException e) {
                int attempts = batch.stream().mapToInt(Outbox.Pending::attempts).max().orElse(0);
                Duration pause = Duration.ofSeconds(Math.min(600, 5L << Math.min(attempts, 7)));
                outbox.retryAt(ids, Instant.now().plus(pause), "enrichment unavailable: " + e.getMessage());
                LOG.warnf("enrichment did not take %d articles (%s); retrying in %d s", ids.size(), e.getMessage(), pause.toSeconds());
                return accepted;
            }
            Set<String> acknowledged = new HashSet<>(receipt.accepted() == null ? List.of() : receipt.accepted());
            acknowledged.retainAll(ids);
            outbox.acknowledge(acknowledged);
            accepted += acknowledged.size();
            metrics.counter("marsad.crawler.articles.handed.off").increment(acknowledged.size());
            List<String> notTaken = ids.stream().filter(id -> !acknowledged.contains(id)).toList();
            if (!notTaken.isEmpty()) {
                // Rejected articles are invalid for enrichment: kept for inspection, retried rarely.
                String why = receipt.rejected() == null ? "not acknowledged" : receipt.rejected().toString();
                outbox.retryAt(notTaken, Instant.now().plus(Duration.ofHours(6)), "rejected by enrichment: " + why);
                LOG.warnf("enrichment rejected %d articles: %s", notTaken.size(), why);
            }
        }
    }
}
