package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of results as search answers it (the contract's {@code SearchResult}), as far as the dashboard shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResult(long total, long stories, List<Hit> hits, Map<String, List<Bucket>> facets, Timeline timeline) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(String storyId, Article article, Map<String, List<String>> highlights, long articlesInStory, List<Article> others) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String title, String url, String source, String language, Instant publishedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(String value, long count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(String interval, String timeZone, List<Point> points) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(Instant start, long count) {}
}
