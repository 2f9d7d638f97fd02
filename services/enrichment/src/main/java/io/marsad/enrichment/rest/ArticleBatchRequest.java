package io.marsad.enrichment.rest;

import io.marsad.support.validation.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The crawler's hand-off as enrichment reads it (docs/contracts/article-handoff.openapi.yaml).
 * Enrichment owns this copy; {@code ArticleHandOffContractTest} keeps it equal to the contract. The
 * batch's shape is validated on arrival, each article separately, so one bad article rejects only
 * itself.
 */
public record ArticleBatchRequest(@NotNull @Size(max = 500) List<Article> articles) {

    public record Article(
        @NotNull @Pattern(regexp = "[0-9a-f]{32}", message = "must be 32 lower-case hex digits") String id,
        @NotNull @HttpUrl String url,
        @NotNull @HttpUrl String canonicalUrl,
        Long sourceId,
        @Size(max = 500) String sourceName,
        @NotNull @Size(max = 2000) String title,
        @NotNull @Size(max = 2_000_000) String body,
        @Size(max = 50) List<@NotNull @Size(max = 300) String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        @Size(max = 500) String siteName,
        @Size(max = 35) String language,
        @Size(max = 35) String languageHint,
        @Size(max = 2) String countryHint,
        @Size(max = 200) List<@NotNull @Size(max = 300) String> tags,
        @Size(max = 500) String section,
        @Size(max = 2000) String leadImage,
        @NotNull Instant fetchedAt
    ) {}
}
