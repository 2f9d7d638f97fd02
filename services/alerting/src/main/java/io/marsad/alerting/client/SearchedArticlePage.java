package io.marsad.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of {@code GET /api/search/articles}: its articles and the cursor of the next page, null after the last. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchedArticlePage(List<SearchedArticle> articles, String next) {}
