package io.marsad.enrichment.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An indexed article as the alerting service receives it (docs/contracts/enriched-articles.openapi.yaml). */
public record EnrichedArticle(String id, String index, String canonicalUrl, Long sourceId, String sourceName, String title, String body,
                              String language, String script, Instant publishedAt, Instant indexedAt, List<String> entities,
                              List<String> persons, List<String> organizations, List<String> locations, List<String> keywords,
                              String storyId) {

    /** The article from its Elasticsearch document and the index it is in. */
    public static EnrichedArticle of(String id, String index, Map<String, Object> document) {
        return new EnrichedArticle(id, index, (String) document.get("canonicalUrl"),
            document.get("sourceId") instanceof Number n ? n.longValue() : null, (String) document.get("sourceName"),
            (String) document.get("title"), (String) document.get("body"), (String) document.get("language"), (String) document.get("script"),
            instant(document.get("publishedAt")), instant(document.get("indexedAt")), strings(document.get("entities")),
            strings(document.get("persons")), strings(document.get("organizations")), strings(document.get("locations")),
            strings(document.get("keywords")), (String) document.get("storyId"));
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
