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
import java.util.ArrayList;
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
        Instant now = Instant.now();
        EntityMatcher matcher = entities.matcher();
        List<Map<String, Object>> documents = new ArrayList<>(batch.size());
        Map<String, List<KeywordExtractor.Term>> terms = new HashMap<>();
        Map<String, TermStatisticsRepository.Counted> counted = new HashMap<>();
        List<StoryAssigner.Body> bodies = new ArrayList<>(batch.size());
        for (Pending article : batch) {
            Map<String, Object> document = new HashMap<>(json.readValue(article.payload(), DOCUMENT));
            document.put("indexedAt", now.toString());
            enrich(document, matcher);
            String language = (String) document.getOrDefault("language", "und");
            List<KeywordExtractor.Term> articleTerms = KeywordExtractor.terms(language, (String) document.get("title"), (String) document.get("body"));
            terms.put(article.articleId(), articleTerms);
            counted.put(article.articleId(), new TermStatisticsRepository.Counted(language, stems(articleTerms)));
            bodies.add(new StoryAssigner.Body(article.articleId(), (String) document.get("body")));
            documents.add(document);
        }
        // collection state for the whole batch, each in one transaction
        termStatistics.countAll(counted);
        Map<String, java.util.Set<String>> stemsByLanguage = new HashMap<>();
        counted.values().forEach(c -> stemsByLanguage.computeIfAbsent(c.language(), l -> new java.util.HashSet<>()).addAll(c.stems()));
        Map<String, KeywordExtractor.Statistics> statistics = termStatistics.statistics(stemsByLanguage);
        Map<String, String> storyIds = stories.assignAll(bodies);

        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (int i = 0; i < batch.size(); i++) {
            Pending article = batch.get(i);
            Map<String, Object> document = documents.get(i);
            keywords(document, statistics.get(counted.get(article.articleId()).language()), terms.get(article.articleId()));
            document.put("storyId", storyIds.get(article.articleId()));
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
                    json.writeValueAsString(EnrichedArticle.of(article.articleId(), item.index(), documents.get(i)))));
            } else {
                metrics.counter("marsad.enrichment.index.failures").increment();
                queue.failed(article.articleId(), item.error().type() + ": " + item.error().reason(), retryAt(article));
            }
        }
        queue.indexedAll(confirmed);
        metrics.counter("marsad.enrichment.articles.indexed").increment(confirmed.size());
        return confirmed.size();
    }

    /** What enrichment adds before keywords and stories: language (the page's claim kept apart), script, the entities named. */
    private void enrich(Map<String, Object> document, EntityMatcher matcher) {
        String title = (String) document.get("title");
        String body = (String) document.get("body");
        String declared = (String) document.remove("language");
        document.put("languageDeclared", declared);
        languages.identify(title, body, declared).ifPresent(language -> document.put("language", language));
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        List<EntityMatcher.Mention> mentions = matcher.find(text);
        document.put("entities", mentions.stream().map(EntityMatcher.Mention::entityId).distinct().toList());
        document.put("persons", namesOf(mentions, "person"));
        document.put("organizations", namesOf(mentions, "organization"));
        document.put("locations", namesOf(mentions, "location"));
        document.put("candidateNames", NamePatterns.propose(text, matcher));
        document.put("site", site((String) document.get("canonicalUrl")));
        document.put("script", Scripts.dominant((title == null ? "" : title) + " " + (body == null ? "" : body.substring(0, Math.min(body.length(), 2000)))));
    }

    /** The host a canonical URL names, lower case, without "www.": what {@code site:} queries match. */
    static String site(String canonicalUrl) {
        try {
            String host = canonicalUrl == null ? null : java.net.URI.create(canonicalUrl).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static java.util.Set<String> stems(List<KeywordExtractor.Term> terms) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        terms.forEach(term -> stems.add(term.stem()));
        return stems;
    }

    /** The page's tags, then the best TF-IDF terms against the collection (which this article is now counted in). */
    @SuppressWarnings("unchecked")
    private void keywords(Map<String, Object> document, KeywordExtractor.Statistics statistics, List<KeywordExtractor.Term> terms) {
        List<KeywordExtractor.Keyword> top = KeywordExtractor.top(terms, statistics, config.keywords());
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
