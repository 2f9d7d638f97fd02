package io.marsad.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/** What alerting reads of a search answer: the story hits and their highlighted passages. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorySearchResult(long total, List<Hit> hits) {

    /** A story's best article and its passages, field (title, body) → passages with {@code <mark>} around matched words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(String storyId, SearchedArticle article, Map<String, List<String>> highlights, long articlesInStory) {}
}
