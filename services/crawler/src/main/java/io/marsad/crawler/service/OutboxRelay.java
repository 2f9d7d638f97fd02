package io.marsad.crawler.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.crawler.client.ArticleBatch;
import io.marsad.crawler.client.BatchReceipt;
import io.marsad.crawler.repository.OutboxRepository;
import io.marsad.support.jdbc.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Delivers the outbox to enrichment in batches. Rows leave only when enrichment has accepted them;
 * when it is down they wait, with growing pauses, and nothing is lost across crawler restarts.
 */
@ApplicationScoped
public class OutboxRelay {

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

    /** On shutdown (SIGTERM), what this process holds goes back to the outbox for the next relay. */
    void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) throws Exception {
        outbox.outbox().stop(worker.id(), Duration.ofSeconds(10));
    }

    /** Sends what is due; returns how many articles enrichment accepted. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int relay() throws Exception {
        Outbox.Policy policy = new Outbox.Policy(config.handOffBatch(), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofHours(6));
        int accepted = outbox.outbox().deliver(worker.id(), policy, "enrichment", batch -> {
            List<ArticleBatch.Article> articles = new ArrayList<>();
            for (Outbox.Pending pending : batch) {
                articles.add(json.readValue(pending.payload(), ArticleBatch.Article.class));
            }
            BatchReceipt receipt = handOff.send(new ArticleBatch(articles));
            return new Outbox.Receipt(Set.copyOf(receipt.accepted() == null ? List.of() : receipt.accepted()),
                receipt.rejected() == null || receipt.rejected().isEmpty() ? null : receipt.rejected().toString());
        });
        metrics.counter("marsad.crawler.articles.handed.off").increment(accepted);
        return accepted;
    }
}
