package io.marsad.crawler.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.crawler.client.ArticleBatch;
import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.extract.ExtractedArticle;
import io.marsad.crawler.extract.Extraction;
import io.marsad.crawler.fetch.FetchKind;
import io.marsad.crawler.fetch.FetchResult;
import io.marsad.crawler.fetch.PoliteFetcher;
import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.FrontierRepository;
import io.marsad.crawler.repository.FrontierRepository.LeasedUrl;
import io.marsad.crawler.repository.OutboxRepository;
import io.marsad.crawler.repository.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches due article pages from the frontier, extracts them, and queues the articles for
 * enrichment. The article goes into the outbox in the same transaction that marks its URL fetched:
 * an article is never lost between the two, and a fetched URL is not fetched again.
 */
@ApplicationScoped
public class PageCrawler {

    private static final Logger LOG = Logger.getLogger(PageCrawler.class);

    private final FrontierRepository frontier;
    private final OutboxRepository outbox;
    private final SourceRepository sources;
    private final PoliteFetcher fetcher;
    private final ArticleExtractor extractor;
    private final WorkerIdentity worker;
    private final CrawlerConfig config;
    private final ObjectMapper json;
    private final PageCrawler self;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    PageCrawler(FrontierRepository frontier, OutboxRepository outbox, SourceRepository sources, PoliteFetcher fetcher, ArticleExtractor extractor,
                WorkerIdentity worker, CrawlerConfig config, ObjectMapper json, jakarta.enterprise.inject.Instance<PageCrawler> self,
                io.micrometer.core.instrument.MeterRegistry metrics) {
        this.frontier = frontier;
        this.outbox = outbox;
        this.sources = sources;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.worker = worker;
        this.config = config;
        this.json = json;
        this.self = self.get();
        this.metrics = metrics;
    }

    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicInteger passesRunning = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * On shutdown (SIGTERM): lease nothing more, give back the URLs not started yet, and let the
     * pages in flight finish and commit, so a restart fetches no URL twice. (After a crash instead,
     * the leases of the pages in flight expire and those few pages are fetched again.)
     */
    void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (passesRunning.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** One pass over due pages; returns how many articles were queued. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int crawlDuePages() throws Exception {
        if (stopping) {
            return 0;
        }
        passesRunning.incrementAndGet();
        try {
            return crawlPass();
        } finally {
            passesRunning.decrementAndGet();
        }
    }

    private int crawlPass() throws Exception {
        List<LeasedUrl> due = frontier.lease(worker.id(), config.pagesPerRun(), config.lease());
        if (due.isEmpty()) {
            return 0;
        }
        // Many hosts in parallel; the pacer keeps each host to one request at a time.
        try (var kept = frontier.keepLeased(worker.id(), due.stream().map(LeasedUrl::id).toList(), config.lease());
             ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (LeasedUrl url : due) {
                results.add(workers.submit(() -> crawl(url)));
            }
            int queued = 0;
            for (Future<Boolean> result : results) {
                queued += result.get() ? 1 : 0;
            }
            return queued;
        }
    }

    private boolean crawl(LeasedUrl leased) throws SQLException, InterruptedException {
        if (stopping) {
            frontier.retryAt(leased.id(), Instant.now(), false, null); // not started: give it back
            return false;
        }
        FetchResult result = fetcher.fetch(leased.url(), FetchKind.PAGE, null, null);
        metrics.counter("marsad.crawler.page.fetches", "outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT)).increment();
        String redirectedTo = result.redirects().isEmpty() ? null : result.finalUrl();
        switch (result.outcome()) {
            case OK -> {
                try {
                    ExtractedArticle article = extractor.extract(result.body(), result.charset(), result.finalUrl());
                    metrics.counter("marsad.crawler.page.extractions", "strategy", article.extraction().strategy()).increment();
                    if (article.extraction().strategy().equals(Extraction.NONE)) {
                        // nothing to index: counted in the source's health rather than stored empty
                        frontier.finish(leased.id(), "failed", result.httpStatus(), "no article text found on the page", redirectedTo, 0.0);
                        return false;
                    }
                    self.queue(leased, article, redirectedTo, result.httpStatus());
                    return true;
                } catch (RuntimeException e) {
                    frontier.finish(leased.id(), "failed", result.httpStatus(), "extraction failed: " + e.getMessage(), redirectedTo);
                    return false;
                }
            }
            case DISALLOWED -> frontier.finish(leased.id(), "disallowed", null, result.detail(), null);
            case BLOCKED -> frontier.finish(leased.id(), "blocked", null, result.detail(), redirectedTo);
            case THROTTLED -> frontier.retryAt(leased.id(), Instant.now().plus(result.retryAfter() == null ? Duration.ofMinutes(5) : result.retryAfter()),
                false, result.detail());
            case TIMEOUT, NETWORK_ERROR -> retryOrGiveUp(leased, result);
            case HTTP_ERROR -> {
                if (result.httpStatus() >= 500) {
                    retryOrGiveUp(leased, result);
                } else {
                    frontier.finish(leased.id(), "failed", result.httpStatus(), result.detail(), redirectedTo);
                }
            }
            default -> frontier.finish(leased.id(), "failed", result.httpStatus() == 0 ? null : result.httpStatus(), result.detail(), redirectedTo);
        }
        return false;
    }

    private void retryOrGiveUp(LeasedUrl leased, FetchResult result) throws SQLException {
        if (leased.attempts() + 1 >= config.maxAttempts()) {
            frontier.finish(leased.id(), "failed", result.httpStatus() == 0 ? null : result.httpStatus(), result.detail(), null);
        } else {
            Duration backOff = Duration.ofMinutes(5).multipliedBy(1L << leased.attempts());
            frontier.retryAt(leased.id(), Instant.now().plus(backOff), true, result.detail());
        }
    }

    /** The article into the outbox and the URL marked fetched, atomically. */
    @Transactional
    void queue(LeasedUrl leased, ExtractedArticle article, String redirectedTo, int httpStatus) throws SQLException {
        Source source = leased.sourceId() == null ? null : sources.findById(leased.sourceId());
        String canonical = article.canonicalUrl() != null ? article.canonicalUrl() : leased.url();
        String id = ArticleIds.of(canonical);
        ArticleBatch.Article payload = new ArticleBatch.Article(id, leased.url(), canonical, leased.sourceId(), source == null ? null : source.name,
            article.title(), article.articleBody(), article.authors(), article.publishedAt(), article.modifiedAt(), article.siteName(),
            article.language(), source == null ? null : source.languageHint, source == null ? null : source.countryHint, article.tags(),
            article.section(), article.leadImage(), Instant.now());
        try {
            outbox.put(id, leased.sourceId(), canonical, json.writeValueAsString(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        frontier.finish(leased.id(), "fetched", httpStatus, null, redirectedTo, article.extraction().confidence());
        LOG.debugf("queued %s (%s)", id, canonical);
    }
}
