package io.marsad.enrichment.client;

import io.marsad.support.elasticsearch.ArticleDocument;

import java.time.Instant;
import java.util.List;

/** An indexed article as the alerting service receives it (docs/contracts/enriched-articles.openapi.yaml). */
public record EnrichedArticle(String id, String index, String canonicalUrl, Long sourceId, String sourceName, String site, String title,
                              String body, String language, String script, Instant publishedAt, Instant indexedAt, List<String> entities,
                              List<String> persons, List<String> organizations, List<String> locations, List<String> tags,
                              List<String> keywords, String storyId) {

    /** The hand-off of an indexed article and the index it is in; absent lists are sent as empty ones. */
    public static EnrichedArticle of(String index, ArticleDocument article) {
        return new EnrichedArticle(article.id(), index, article.canonicalUrl(), article.sourceId(), article.sourceName(), article.site(),
            article.title(), article.body(), article.language(), article.script(), article.publishedAt(), article.indexedAt(),
            orEmpty(article.entities()), orEmpty(article.persons()), orEmpty(article.organizations()), orEmpty(article.locations()),
            orEmpty(article.tags()), orEmpty(article.keywords()), article.storyId());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
