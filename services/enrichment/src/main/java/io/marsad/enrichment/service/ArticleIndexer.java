package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.client.EnrichedArticle;
import io.marsad.enrichment.repository.IndexingRepository;
import io.marsad.enrichment.repository.IndexingRepository.Pending;
import io.marsad.enrichment.rest.ArticleBatchRequest;
import io.marsad.enrichment.stage.EnrichmentChain;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Moves accepted articles into Elasticsearch in bounded bulk requests: lease a batch, enrich it
 * ({@link EnrichmentChain}), bulk-index it, confirm. The document id is the article id, and an
 * article already indexed goes back to the index it is in, so indexing again is an update, never a
 * copy. An article leaves the queue only when Elasticsearch confirmed it, and in the same
 * transaction it is queued for the alerting service ({@link AlertingRelay}).
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);

    private final IndexingRepository queue;
    private final ArticleIndex index;
    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final ObjectMapper json;
    private final EnrichmentChain chain;
    private final MeterRegistry metrics;
    /** The indexing workers ({@code marsad.index.workers}), kept for the service's life; none when one is configured. */
    private final ExecutorService workers;
    private final String owner = "enrichment/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    ArticleIndexer(IndexingRepository queue, ArticleIndex index, ElasticsearchClient client, IndexConfig config, ObjectMapper json,
                   EnrichmentChain chain, MeterRegistry metrics) {
        this.queue = queue;
        this.index = index;
        this.client = client;
        this.config = config;
        this.json = json;
        this.chain = chain;
        this.metrics = metrics;
        this.workers = config.workers() <= 1 ? null
            : Executors.newFixedThreadPool(config.workers(), Thread.ofPlatform().name("indexer-", 0).daemon().factory());
    }

    @PreDestroy
    void stopWorkers() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /**
     * Indexes what is waiting on the configured workers, each leasing batches until none is left;
     * returns how many articles were indexed.
     */
    public int indexPendingOnWorkers() throws Exception {
        if (workers == null) {
            return indexPending();
        }
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < config.workers(); i++) {
            runs.add(workers.submit(() -> indexPending()));
        }
        int indexed = 0;
        Exception failure = null;
        for (Future<Integer> run : runs) {
            try {
                indexed += run.get();
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return indexed;
    }

    /** Indexes what is waiting, batch by batch, on this thread; returns how many articles were indexed. */
    public int indexPending() throws Exception {
        int indexed = 0;
        while (true) {
            List<Pending> batch = queue.lease(owner, config.batchSize(), config.lease());
            if (batch.isEmpty()) {
                return indexed;
            }
            try (var kept = queue.keepLeased(owner, batch.stream().map(Pending::articleId).toList(), config.lease())) {
                indexed += index(batch);
            }
        }
    }

    private int index(List<Pending> leased) throws Exception {
        Instant now = Instant.now();
        List<Pending> batch = new ArrayList<>(leased.size());
        List<ArticleDocument> accepted = new ArrayList<>(leased.size());
        for (Pending article : leased) {
            try {
                accepted.add(fromIntake(json.readValue(article.payload(), ArticleBatchRequest.Article.class), now));
                batch.add(article);
            } catch (JsonProcessingException e) {
                // one article that cannot be read (stored by an older version, say) must not hold back the rest of its batch
                metrics.counter("marsad.enrichment.index.failures").increment();
                queue.failed(article.articleId(), "unreadable payload: " + e.getOriginalMessage(), retryAt(article));
                LOG.warnf("article %s cannot be read for indexing: %s", article.articleId(), e.getOriginalMessage());
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<ArticleDocument> documents;
        try {
            index.ensureWriteIndex();
            documents = chain.enrich(accepted);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // given back with the same pauses as a failed bulk request, rather than held until the lease runs out
            for (Pending article : batch) {
                queue.failed(article.articleId(), "enrichment failed: " + e, retryAt(article));
            }
            LOG.warnf(e, "enriching %d articles failed", batch.size());
            return 0;
        }

        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (int i = 0; i < batch.size(); i++) {
            Pending article = batch.get(i);
            ArticleDocument document = documents.get(i);
            String target = article.indexName() != null ? article.indexName() : ArticleIndex.WRITE_ALIAS;
            bulk.operations(op -> op.index(x -> x.index(target).id(article.articleId()).document(document)));
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (Exception e) {
            for (Pending article : batch) {
                queue.failed(article.articleId(), "bulk request failed: " + e.getMessage(), retryAt(article));
            }
            LOG.warnf("bulk indexing of %d articles failed: %s", batch.size(), e.getMessage());
            return 0;
        }
        List<IndexingRepository.Confirmed> confirmed = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            Pending article = batch.get(i);
            if (item.error() == null) {
                confirmed.add(new IndexingRepository.Confirmed(article, item.index(),
                    json.writeValueAsString(EnrichedArticle.of(item.index(), documents.get(i)))));
            } else {
                metrics.counter("marsad.enrichment.index.failures").increment();
                queue.failed(article.articleId(), item.error().type() + ": " + item.error().reason(), retryAt(article));
            }
        }
        queue.indexedAll(confirmed);
        metrics.counter("marsad.enrichment.articles.indexed").increment(confirmed.size());
        for (int i = 0; i < batch.size(); i++) {
            if (response.items().get(i).error() == null) {
                ArticleDocument document = documents.get(i);
                document.sincePublication(now).ifPresent(freshness -> FreshnessTimers.publishedToSearchable(metrics).record(freshness));
                if (document.fetchedAt() != null && !document.fetchedAt().isAfter(now)) {
                    FreshnessTimers.fetchedToSearchable(metrics).record(java.time.Duration.between(document.fetchedAt(), now));
                }
            }
        }
        return confirmed.size();
    }

    /** The crawler's article as the index will hold it, before enrichment: the page's language is only what it declared. */
    static ArticleDocument fromIntake(ArticleBatchRequest.Article article, Instant indexedAt) {
        return ArticleDocument.builder().id(article.id()).url(article.url()).canonicalUrl(article.canonicalUrl()).sourceId(article.sourceId())
            .sourceName(article.sourceName()).siteName(article.siteName()).title(article.title()).body(article.body())
            .authors(article.authors()).tags(article.tags()).section(article.section()).languageDeclared(article.language())
            .languageHint(article.languageHint()).countryHint(article.countryHint()).leadImage(article.leadImage())
            .publishedAt(article.publishedAt()).modifiedAt(article.modifiedAt()).fetchedAt(article.fetchedAt()).indexedAt(indexedAt)
            .build();
    }

    private static Instant retryAt(Pending article) {
        return Instant.now().plusSeconds(Math.min(3600, 10L << Math.min(article.attempts(), 8)));
    }
}
