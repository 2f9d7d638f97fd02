package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** A page of the user's in-app alerts, newest first, as alerting answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertList(List<Alert> items, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(long id, long subscriptionId, String subscriptionName, String kind, String title, String url, String sourceName,
                        String language, Instant publishedAt, int copies, Explanation explanation, Instant createdAt, Instant readAt) {}

    /** Why it fired: the matched words, and the title and passages as HTML with them marked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Explanation(List<String> terms, String title, List<String> passages, String direction) {}
}
