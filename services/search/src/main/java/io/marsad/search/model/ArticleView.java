package io.marsad.search.model;

import java.time.Instant;
import java.util.List;

/**
 * One article whole, as its page shows it: the clean text and what enrichment found in it, and the
 * story it belongs to (every article of the story, in the order they were published).
 */
public record ArticleView(String id, String storyId, String title, String body, String url, String source, String site, String language,
                          List<String> authors, Instant publishedAt, Instant indexedAt, List<String> persons, List<String> organizations,
                          List<String> locations, List<String> tags, List<SearchResult.Article> story) {}
