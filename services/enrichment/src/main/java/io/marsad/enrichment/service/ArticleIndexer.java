package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.enrichment.repository.IndexingRepository;
import io.marsad.enrichment.repository.IndexingRepository.Pending;
import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.client.EnrichedArticle;
import io.marsad.enrichment.entity.NamePatterns;
import io.marsad.enrichment.keyword.KeywordExtractor;
import io.marsad.enrichment.repository.TermStatisticsRepository;
import io.marsad.enrichment.story.StoryAssigner;
import io.marsad.text.Scripts;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves accepted articles into Elasticsearch in bounded bulk requests. The document id is the
 * article id, and an article already indexed goes back to the index it is in, so indexing again is
 * an update, never a copy. An article leaves the queue only when Elasticsearch confirmed it, and in
 * the same transaction it is queued for the alerting service ({@link AlertingRelay}).
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

    private final IndexingRepository queue;
    private final ArticleIndex index;
    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final ObjectMapper json;
    private final LanguageIdentifier languages;
    private final EntityCatalog entities;
    private final io.micrometer.core.instrument.MeterRegistry metrics;
    private final StoryAssigner stories;
    private final TermStatisticsRepository termStatistics;
    private final String owner = "enrichment/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    ArticleIndexer(IndexingRepository queue, ArticleIndex index, ElasticsearchClient client, IndexConfig config, ObjectMapper json,
                   LanguageIdentifier languages, EntityCatalog entities, io.micrometer.core.instrument.MeterRegistry metrics,
                   StoryAssigner stories, TermStatisticsRepository termStatistics) {
        this.queue = queue;
        this.index = index;
        this.client = client;
        this.config = config;
        this.json = json;
        this.languages = languages;
        this.entities = entities;
        this.metrics = metrics;
        this.stories = stories;
        this.termStatistics = termStatistics;
    }

    /** Indexes what is waiting, batch by batch; returns how many articles were indexed. */
    public int indexPending() throws Exception {
        int indexed = 0;
        while (true) {
            List<Pending> batch = queue.lease(owner, config.batchSize(), config.lease());
            if (batch.isEmpty()) {
                return indexed;
            }
            indexed += index(batch);
        }
    }

    private int index(List<Pending> batch) throws Exception {
        index.ensureWriteIndex();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        Instant now = Instant.now();
        List<Map<String, Object>> documents = new java.util.ArrayList<>(batch.size());
        for (Pending article : batch) {
            Map<String, Object> document = new HashMap<>(json.readValue(article.payload(), DOCUMENT));
            document.put("indexedAt", now.toString());
            enrich(article.articleId(), document);
            document.put("storyId", stories.assign(article.articleId(), (String) document.get("body")));
            documents.add(document);
            String target = article.indexName() != null ? article.indexName() : ArticleIndex.WRITE_ALIAS;
            bulk.operations(op -> op.index(i -> i.index(target).id(article.articleId()).document(document)));
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
        int indexed = 0;
        for (int i = 0; i < batch.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            Pending article = batch.get(i);
            if (item.error() == null) {
                queue.indexed(article, item.index(), json.writeValueAsString(EnrichedArticle.of(article.articleId(), item.index(), documents.get(i))));
                indexed++;
                metrics.counter("marsad.enrichment.articles.indexed").increment();
            } else {
                metrics.counter("marsad.enrichment.index.failures").increment();
                queue.failed(article.articleId(), item.error().type() + ": " + item.error().reason(), retryAt(article));
            }
        }
        return indexed;
    }

    /** What enrichment adds: language (the page's claim kept apart), script, the entities named, keywords. */
    private void enrich(String articleId, Map<String, Object> document) throws java.sql.SQLException {
        String title = (String) document.get("title");
        String body = (String) document.get("body");
        String declared = (String) document.remove("language");
        document.put("languageDeclared", declared);
        languages.identify(title, body, declared).ifPresent(language -> document.put("language", language));
        EntityMatcher matcher = entities.matcher();
        List<EntityMatcher.Mention> mentions = matcher.find((title == null ? "" : title) + "\n" + (body == null ? "" : body));
        document.put("entities", mentions.stream().map(EntityMatcher.Mention::entityId).distinct().toList());
        document.put("persons", namesOf(mentions, "person"));
        document.put("organizations", namesOf(mentions, "organization"));
        document.put("locations", namesOf(mentions, "location"));
        document.put("candidateNames", NamePatterns.propose((title == null ? "" : title) + "\n" + (body == null ? "" : body), matcher));
        keywords(articleId, document, title, body);
        document.put("script", Scripts.dominant((title == null ? "" : title) + " " + (body == null ? "" : body.substring(0, Math.min(body.length(), 2000)))));
    }

    @SuppressWarnings("unchecked")
    private void keywords(String articleId, Map<String, Object> document, String title, String body) throws java.sql.SQLException {
        String language = (String) document.getOrDefault("language", "und");
        List<KeywordExtractor.Term> terms = KeywordExtractor.terms(language, title, body);
        java.util.Set<String> stems = new java.util.HashSet<>();
        terms.forEach(term -> stems.add(term.stem()));
        termStatistics.count(articleId, language, stems);
        List<KeywordExtractor.Keyword> top = KeywordExtractor.top(terms, termStatistics.statistics(language, stems), config.keywords());
        List<String> tags = KeywordExtractor.normalisedTags((List<String>) document.get("tags"), 200);
        document.put("tags", tags);
        document.put("keywords", KeywordExtractor.merge(tags, top));
    }

    private static List<String> namesOf(List<EntityMatcher.Mention> mentions, String type) {
        return mentions.stream().filter(m -> m.type().equals(type)).map(EntityMatcher.Mention::name).distinct().toList();
    }

    private static Instant retryAt(Pending article) {
        return Instant.now().plusSeconds(Math.min(3600, 10L << Math.min(article.attempts(), 8)));
    }
}
