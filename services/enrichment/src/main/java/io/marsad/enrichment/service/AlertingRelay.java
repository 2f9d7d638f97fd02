package io.marsad.enrichment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.client.EnrichedArticle;
import io.marsad.enrichment.client.EnrichedArticleBatch;
import io.marsad.enrichment.repository.IndexingRepository;
import io.marsad.enrichment.rest.BatchReceipt;
import io.marsad.support.jdbc.Outbox;
import io.marsad.support.work.Wakeable;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
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

    static final int BATCH = 100;

    private final Outbox outbox;
    private final AlertingHandOff handOff;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Duration retryBase;
    /** How long a relay holds the rows it sends; after a crash they wait this long. */
    private final Duration lease;
    private final String owner = "enrichment-relay/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Wakeable relaying;

    AlertingRelay(IndexingRepository indexing, AlertingHandOff handOff, ObjectMapper json, MeterRegistry metrics,
                  @ConfigProperty(name = "marsad.alerting.retry-base") Duration retryBase,
                  @ConfigProperty(name = "marsad.alerting.relay-lease") Duration lease,
                  @ConfigProperty(name = "marsad.wake-on-new-work") boolean wakeOnWork) {
        this.relaying = new Wakeable("alerting relay", wakeOnWork, this::relay);
        this.retryBase = retryBase;
        this.lease = lease;
        this.outbox = indexing.alertingOutbox();
        this.handOff = handOff;
        this.json = json;
        this.metrics = metrics;
    }

    @Scheduled(every = "${marsad.alerting.relay-every}", delayed = "${marsad.index.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        relaying.onBeat();
    }

    /** Articles were indexed: send them now rather than at the next beat. */
    public void wake() {
        relaying.wake();
    }

    /** On shutdown (SIGTERM), what this process holds goes back to the outbox for the next relay. */
    void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) throws Exception {
        outbox.stop(owner, Duration.ofSeconds(10));
    }

    /** Sends what is due; returns how many articles alerting accepted. */
    public int relay() throws Exception {
        Outbox.Policy policy = new Outbox.Policy(BATCH, lease, retryBase, Duration.ofHours(6));
        int accepted = outbox.deliver(owner, policy, "alerting", batch -> {
            List<EnrichedArticle> articles = new ArrayList<>();
            for (Outbox.Pending pending : batch) {
                articles.add(json.readValue(pending.payload(), EnrichedArticle.class));
            }
            BatchReceipt receipt = handOff.send(new EnrichedArticleBatch(articles));
            return new Outbox.Receipt(Set.copyOf(receipt.accepted() == null ? List.of() : receipt.accepted()),
                receipt.rejected() == null || receipt.rejected().isEmpty() ? null : receipt.rejected().toString());
        });
        metrics.counter("marsad.enrichment.articles.handed.off").increment(accepted);
        return accepted;
    }
}
