package io.marsad.crawler.client;

import java.time.Instant;
import java.util.List;

/**
 * The crawler → enrichment hand-off, {@code POST /api/articles} (docs/contracts/article-handoff.md).
 * Owned by the crawler; enrichment keeps its own copy of the contract and tests it on its side.
 */
public record ArticleBatch(List<Article> articles) {

    /**
     * One crawled article.
     *
     * @param id stable hash of the canonical URL: the same article always has the same id, so
     *           enrichment can treat a re-sent id as an update, never a duplicate
     */
    public record Article(
        String id,
        String url,
        String canonicalUrl,
        Long sourceId,
        String sourceName,
        String title,
        String body,
        List<String> authors,
        Instant publishedAt,
        Instant modifiedAt,
        String siteName,
        String language,
        String languageHint,
        String countryHint,
        List<String> tags,
        String section,
        String leadImage,
        Instant fetchedAt
    ) {}
}
