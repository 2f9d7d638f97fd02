package io.marsad.search.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of results, grouped by story, with facets and a timeline over all matching articles. */
public record SearchResult(long total, long stories, List<StoryHit> hits, Map<String, List<Bucket>> facets, Timeline timeline) {

    /** An article and, when others tell the same story, how many and from which sources. */
    public record StoryHit(String storyId, Article article, Map<String, List<String>> highlights, long articlesInStory, List<Article> others) {}

    /** An article as answers show it; {@code indexedAt} is when it became searchable (and so could first alert). */
    public record Article(String id, String storyId, String title, String url, String source, String site, String language,
                          Instant publishedAt, Instant indexedAt, List<String> entities) {}

    public record Bucket(String value, long count) {}

    public record Timeline(String interval, String timeZone, List<Point> points) {}

    public record Point(Instant start, long count) {}
}
