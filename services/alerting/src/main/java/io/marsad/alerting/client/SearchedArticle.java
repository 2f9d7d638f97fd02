package io.marsad.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** An article as search answers it: the properties of the contract's {@code Article} that alerting reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchedArticle(String id, String storyId, String title, String url, String source, String language, Instant publishedAt,
                              Instant indexedAt) {}
