package io.marsad.enrichment.stage;

import io.marsad.enrichment.keyword.KeywordExtractor;
import io.marsad.enrichment.repository.TermStatisticsRepository;
import io.marsad.enrichment.service.IndexConfig;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords: the page's own tags (normalised) first, then the best TF-IDF terms of the article in
 * its language against the collection. The batch's sampled articles are counted into the
 * collection's statistics (they reach the stored frequencies at the next fold), the statistics are
 * read once per language, and the batch's own counts are added to them.
 */
@ApplicationScoped
public class KeywordStage implements EnrichmentStage {

    /** Tags kept per article, as the intake allows. */
    static final int MAX_TAGS = 200;

    private final TermStatisticsRepository statistics;
    private final IndexConfig config;

    public KeywordStage(TermStatisticsRepository statistics, IndexConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    @Override
    public List<ArticleDocument> enrich(List<ArticleDocument> batch) throws Exception {
        Map<String, List<KeywordExtractor.Term>> terms = new HashMap<>();
        Map<String, TermStatisticsRepository.Counted> counted = new LinkedHashMap<>();
        Map<String, Set<String>> stemsByLanguage = new HashMap<>();
        for (ArticleDocument article : batch) {
            String language = languageOf(article);
            List<KeywordExtractor.Term> articleTerms = KeywordExtractor.terms(language, article.title(), article.body());
            Set<String> stems = new HashSet<>();
            articleTerms.forEach(term -> stems.add(term.stem()));
            terms.put(article.id(), articleTerms);
            if (countedInStatistics(article.id(), config.keywordStatisticsSample())) {
                counted.put(article.id(), new TermStatisticsRepository.Counted(language, stems));
            }
            stemsByLanguage.computeIfAbsent(language, l -> new HashSet<>()).addAll(stems);
        }
        statistics.countAll(counted);
        Map<String, KeywordExtractor.Statistics> byLanguage = withBatch(statistics.statistics(stemsByLanguage), counted);
        List<ArticleDocument> enriched = new ArrayList<>(batch.size());
        for (ArticleDocument article : batch) {
            enriched.add(withKeywords(article, terms.get(article.id()), byLanguage.get(languageOf(article)), config.keywords()));
        }
        return enriched;
    }

    /**
     * The stored statistics with the batch's own counted articles added: those reach the stored ones
     * only at the next fold, and a batch is weighed against itself as well (the first batches of a
     * new collection have nothing else).
     */
    static Map<String, KeywordExtractor.Statistics> withBatch(Map<String, KeywordExtractor.Statistics> stored,
                                                             Map<String, TermStatisticsRepository.Counted> counted) {
        Map<String, Long> documents = new HashMap<>();
        Map<String, Map<String, Integer>> frequencies = new HashMap<>();
        for (TermStatisticsRepository.Counted article : counted.values()) {
            documents.merge(article.language(), 1L, Long::sum);
            Map<String, Integer> byStem = frequencies.computeIfAbsent(article.language(), l -> new HashMap<>());
            article.stems().forEach(stem -> byStem.merge(stem, 1, Integer::sum));
        }
        Map<String, KeywordExtractor.Statistics> combined = new HashMap<>(stored);
        frequencies.forEach((language, byStem) -> combined.computeIfPresent(language,
            (l, statistics) -> statistics.plus(documents.get(language), byStem)));
        return combined;
    }

    /** The article with its normalised tags and its keywords: tags first, then the {@code limit} best terms. */
    static ArticleDocument withKeywords(ArticleDocument article, List<KeywordExtractor.Term> terms, KeywordExtractor.Statistics statistics,
                                        int limit) {
        List<String> tags = KeywordExtractor.normalisedTags(article.tags(), MAX_TAGS);
        return article.toBuilder().tags(tags).keywords(KeywordExtractor.merge(tags, KeywordExtractor.top(terms, statistics, limit))).build();
    }

    /** Whether the article is one of the sample counted into the document frequencies: decided by its id, so a re-sent article is decided alike. */
    static boolean countedInStatistics(String articleId, int sample) {
        return sample <= 1 || Math.floorMod(articleId.hashCode(), sample) == 0;
    }

    private static String languageOf(ArticleDocument article) {
        return article.language() == null ? "und" : article.language();
    }
}
