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
 * its language against the collection. The batch's articles are counted into the collection's
 * statistics first (one transaction), then the statistics are read once per language.
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
        Map<String, KeywordExtractor.Statistics> byLanguage = statistics.statistics(stemsByLanguage);
        List<ArticleDocument> enriched = new ArrayList<>(batch.size());
        for (ArticleDocument article : batch) {
            enriched.add(withKeywords(article, terms.get(article.id()), byLanguage.get(languageOf(article)), config.keywords()));
        }
        return enriched;
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
