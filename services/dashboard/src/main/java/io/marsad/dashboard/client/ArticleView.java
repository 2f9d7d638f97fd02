package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** One article whole with its story, as search answers it (GET /api/articles/{id}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleView(String id, String storyId, String title, String body, String url, String source, String language,
                          List<String> authors, Instant publishedAt, List<String> persons, List<String> organizations, List<String> locations,
                          List<String> tags, List<SearchResult.Article> story) {}
