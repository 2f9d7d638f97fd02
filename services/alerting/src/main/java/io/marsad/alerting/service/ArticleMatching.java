package io.marsad.alerting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.config.AlertingConfig;
import io.marsad.alerting.repository.AlertRepository;
import io.marsad.alerting.repository.DeliveryQueue;
import io.marsad.alerting.repository.InboxQueue;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.jdbc.Transactions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.UUID;

/**
 * Matches the inbox's articles against every active subscription: lease a batch, then bring the
 * subscriptions up to date, match each article, and record its alerts and its being matched in
 * one transaction — so a crash before the commit leaves the article due again (another replica
 * takes it when the lease ends), and a crash after it has recorded everything once. A batch is
 * matched on {@code marsad.alerting.match-threads} threads (the subscription matcher is safe to share),
 * each story's articles on one thread in the order they became searchable, so that which copy
 * raises a story's alert and which attach to it is decided as the backtest replays it.
 */
@ApplicationScoped
public class ArticleMatching {

    private static final Logger LOG = Logger.getLogger(ArticleMatching.class);

    private final InboxQueue inbox;
    private final SubscriptionFollower follower;
    private final SubscriptionMatcher matcher;
    private final AlertRepository alerts;
    private final DeliveryQueue deliveries;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final AlertingConfig config;
    private final MeterRegistry metrics;
    /** The presearcher's picks per article, and articles matched: recorded for every article, so looked up once. */
    private final DistributionSummary candidates;
    private final Counter articlesMatched;
    /** From an article's publication to its alert, for articles whose page gave a publication time. */
    private final io.micrometer.core.instrument.Timer publishedToAlert;
    private final String owner = "alerting/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService threads;

    ArticleMatching(InboxQueue inbox, SubscriptionFollower follower, SubscriptionMatcher matcher, AlertRepository alerts,
                    DeliveryQueue deliveries, DataSource dataSource, ObjectMapper json, AlertingConfig config, MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.follower = follower;
        this.matcher = matcher;
        this.alerts = alerts;
        this.dataSource = dataSource;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
        this.candidates = metrics.summary("marsad.alerting.candidates");
        this.articlesMatched = metrics.counter("marsad.alerting.articles.matched");
        this.publishedToAlert = io.micrometer.core.instrument.Timer.builder("marsad.alerting.published.to.alert")
            .description("from an article's publication to the alert it raised").publishPercentileHistogram()
            .minimumExpectedValue(java.time.Duration.ofMillis(100)).maximumExpectedValue(java.time.Duration.ofDays(1)).register(metrics);
        int count = config.matchThreads() > 0 ? config.matchThreads() : Runtime.getRuntime().availableProcessors();
        AtomicInteger numbered = new AtomicInteger();
        this.threads = count == 1 ? null : Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "marsad-matching-" + numbered.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    /** Matches what is waiting, batch by batch; returns how many alerts were raised (new ones, not attached copies). */
    public int matchPending() throws Exception {
        int raised = 0;
        while (true) {
            List<InboxQueue.Due> batch = inbox.lease(owner, config.matchBatch(), config.matchLease());
            if (batch.isEmpty()) {
                return raised;
            }
            // after the lease, not before: a subscription saved before an article arrived is then surely in effect for it
            try (var kept = inbox.keepLeased(owner, batch.stream().map(InboxQueue.Due::articleId).toList(), config.matchLease())) {
                follower.catchUp();
                raised += matchBatch(batch);
            }
        }
    }

    /** An inbox article with what orders it among its story's copies: its story, and when it became searchable. */
    private record Queued(InboxQueue.Due due, String story, Instant indexedAt) {}

    private int matchBatch(List<InboxQueue.Due> batch) throws Exception {
        // a story's copies in the order they became searchable (then by id), as the backtest replays them; articles handed
        // off in one request share their arrival time, so that order cannot come from the inbox
        Map<String, List<InboxQueue.Due>> byStory = new LinkedHashMap<>();
        batch.stream().map(this::queued)
            .sorted(Comparator.comparing(Queued::indexedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(queued -> queued.due().articleId()))
            .forEach(queued -> byStory.computeIfAbsent(queued.story(), story -> new ArrayList<>()).add(queued.due()));
        if (threads == null || byStory.size() == 1) {
            int raised = 0;
            for (List<InboxQueue.Due> story : byStory.values()) {
                for (InboxQueue.Due due : story) {
                    raised += matchOne(due);
                }
            }
            return raised;
        }
        List<Future<Integer>> stories = new ArrayList<>(byStory.size());
        for (List<InboxQueue.Due> story : byStory.values()) {
            stories.add(threads.submit(() -> {
                int raised = 0;
                for (InboxQueue.Due due : story) {
                    raised += matchOne(due);
                }
                return raised;
            }));
        }
        int raised = 0;
        for (Future<Integer> story : stories) {
            try {
                raised += story.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return raised;
    }

    /** The article's story, read ahead of matching (its own id when it has none or is unreadable: matchOne records why), and its indexing time. */
    private Queued queued(InboxQueue.Due due) {
        Instant indexed = due.indexedAt() == null ? null : due.indexedAt().toInstant();
        try {
            String story = json.readTree(due.payload()).path("storyId").asText("");
            return new Queued(due, story.isEmpty() ? due.articleId() : story, indexed);
        } catch (Exception e) {
            return new Queued(due, due.articleId(), indexed);
        }
    }

    private int matchOne(InboxQueue.Due due) throws Exception {
        List<AlertRepository.Raised> raised;
        ArticleDocument article;
        try {
            article = json.readValue(due.payload(), ArticleDocument.class);
            List<AlertRepository.Matched> matches = new ArrayList<>();
            SubscriptionMatcher.Matches found = matcher.match(article);
            candidates.record(found.candidates());
            for (SubscriptionMatcher.Match match : found.found()) {
                matches.add(new AlertRepository.Matched(match.subscriptionId(), match.explanation()));
            }
            raised = Transactions.call(dataSource, c -> {
                List<AlertRepository.Raised> recorded = alerts.record(c, article, matches, config.storyWindow());
                for (AlertRepository.Raised one : recorded) {
                    if (one.outcome() == AlertRepository.Outcome.NEW_ALERT && one.recipient().realtime()) {
                        // queued with the alert: a crash cannot leave an alert without its deliveries
                        deliveries.enqueue(c, one.alertId(), one.subscriptionId(), one.recipient().owner(), one.recipient().webhookUrl(),
                            one.recipient().emails());
                    }
                }
                inbox.matched(c, due);
                return recorded;
            });
        } catch (Exception e) {
            LOG.warnf("matching article %s failed (attempt %d): %s", due.articleId(), due.attempts() + 1, e.toString());
            inbox.failed(due.articleId(), e.toString(), Instant.now().plusSeconds(Math.min(3600, 5L << Math.min(due.attempts(), 9))));
            return 0;
        }
        articlesMatched.increment();
        int newAlerts = 0;
        Instant now = Instant.now();
        for (AlertRepository.Raised one : raised) {
            metrics.counter("marsad.alerting.matches", "outcome", one.outcome().name().toLowerCase(java.util.Locale.ROOT)).increment();
            if (one.outcome() == AlertRepository.Outcome.NEW_ALERT) {
                newAlerts++;
                article.sincePublication(now).ifPresent(freshness -> publishedToAlert.record(freshness));
            }
        }
        return newAlerts;
    }
}
