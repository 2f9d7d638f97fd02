package io.marsad.alerting.rest;

import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.validation.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * Enrichment's hand-off as alerting reads it (docs/contracts/enriched-articles.openapi.yaml).
 * Alerting owns this copy; {@code ArticleInboxResourceTest} keeps it equal to the contract. Each
 * article is validated on its own, so one bad article rejects only itself.
 */
public record EnrichedArticleBatchRequest(@NotNull @Size(max = 500) List<EnrichedArticle> articles) {

    public record EnrichedArticle(
        @NotNull @Pattern(regexp = "[0-9a-f]{32}", message = "must be 32 lower-case hex digits") String id,
        @NotNull @Size(min = 1, max = 255) String index,
        @NotNull @HttpUrl String canonicalUrl,
        Long sourceId,
        @Size(max = 500) String sourceName,
        @Size(max = 255) String site,
        @NotNull @Size(max = 2000) String title,
        @NotNull @Size(max = 2_000_000) String body,
        @Size(max = 35) String language,
        @Size(max = 8) String script,
        Instant publishedAt,
        @NotNull Instant indexedAt,
        @NotNull @Size(max = 2000) List<@NotNull @Size(max = 200) String> entities,
        @Size(max = 2000) List<@NotNull @Size(max = 500) String> persons,
        @Size(max = 2000) List<@NotNull @Size(max = 500) String> organizations,
        @Size(max = 2000) List<@NotNull @Size(max = 500) String> locations,
        @Size(max = 200) List<@NotNull @Size(max = 300) String> tags,
        @NotNull @Size(max = 500) List<@NotNull @Size(max = 300) String> keywords,
        @Size(max = 64) String storyId
    ) {

        /** The article as the index holds it (libs/elasticsearch-support), which is what alerting stores and matches. */
        public ArticleDocument toDocument() {
            return ArticleDocument.builder().id(id).canonicalUrl(canonicalUrl).sourceId(sourceId).sourceName(sourceName).site(site)
                .title(title).body(body).language(language).script(script).publishedAt(publishedAt).indexedAt(indexedAt)
                .entities(entities).persons(persons).organizations(organizations).locations(locations).tags(tags).keywords(keywords)
                .storyId(storyId).build();
        }
    }
}
