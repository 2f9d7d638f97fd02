package io.marsad.enrichment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.client.EnrichedArticle;
import io.marsad.enrichment.client.EnrichedArticleBatch;
import io.marsad.enrichment.repository.IndexingRepository;
import io.marsad.enrichment.rest.BatchReceipt;
import io.marsad.support.jdbc.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers indexed articles to the alerting service from the outbox the indexer writes. Rows leave
 * only when alerting has accepted them; while it is down they wait, with growing pauses, across
 * restarts of either service.
 */
@ApplicationScoped
public class AlertingRelay {

    private static final Logger LOG = Logger.getLogger(AlertingRelay.class);
    static final int BATCH = 100;

    private final Outbox outbox;
    private final AlertingHandOff handOff;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Duration retryBase;
    private final String owner = "enrichment-relay/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    AlertingRelay(IndexingRepository indexing, AlertingHandOff handOff, ObjectMapper json, MeterRegistry metrics,
                  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "marsad.alerting.retry-base", defaultValue = "5s") Duration retryBase) {
        this.retryBase = retryBase;
        this.outbox = indexing.alertingOutbox();
        this.handOff = handOff;
        this.json = json;
        this.metrics = metrics;
    }

    @Scheduled(every = "${marsad.alerting.relay-every:2s}", delayed = "${marsad.index.start-delay:10s}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            relay();
        } catch (Exception e) {
            LOG.error("relaying articles to alerting failed", e);
        }
    }

    /** Sends what is due; returns how many articles alerting accepted. */
    public int relay() throws Exception {
        int accepted = 0;
        while (true) {
            List<Outbox.Pending> batch = outbox.lease(owner, BATCH, Duration.ofMinutes(2));
            if (batch.isEmpty()) {
                return accepted;
            }
            List<EnrichedArticle> articles = new ArrayList<>();
            for (Outbox.Pending pending : batch) {
                articles.add(json.readValue(pending.payload(), EnrichedArticle.class));
            }
            List<String> ids = batch.stream().map(Outbox.Pending::id).toList();
            BatchReceipt receipt;
            try {
                receipt = handOff.send(new EnrichedArticleBatch(articles));
            } catch (RuntimeException e) {
                int attempts = batch.stream().mapToInt(Outbox.Pending::attempts).max().orElse(0);
                Duration pause = Duration.ofMillis(Math.min(600_000, retryBase.toMillis() << Math.min(attempts, 7)));
                outbox.retryAt(ids, Instant.now().plus(pause), "alerting unavailable: " + e.getMessage());
                LOG.warnf("alerting did not take %d articles (%s); retrying in %d s", ids.size(), e.getMessage(), pause.toSeconds());
                return accepted;
            }
            Set<String> acknowledged = new HashSet<>(receipt.accepted() == null ? List.of() : receipt.accepted());
            acknowledged.retainAll(ids);
            outbox.acknowledge(acknowledged);
            accepted += acknowledged.size();
            metrics.counter("marsad.enrichment.articles.handed.off").increment(acknowledged.size());
            List<String> notTaken = ids.stream().filter(id -> !acknowledged.contains(id)).toList();
            if (!notTaken.isEmpty()) {
                String why = receipt.rejected() == null ? "not acknowledged" : receipt.rejected().toString();
                outbox.retryAt(notTaken, Instant.now().plus(Duration.ofHours(6)), "rejected by alerting: " + why);
                LOG.warnf("alerting rejected %d articles: %s", notTaken.size(), why);
            }
        }
    }
}
