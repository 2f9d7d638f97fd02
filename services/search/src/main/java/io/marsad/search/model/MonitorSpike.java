package io.marsad.search.model;

import java.time.Instant;
import java.util.List;

/**
 * A monitor's spike signal for one day, and the day's top stories that make it: what the alerting
 * service watches to raise spike alerts, and what those alerts show as their reason. {@code daily}
 * holds the counts it was judged on, the baseline days' and then the day's (a sparkline's data).
 */
public record MonitorSpike(long monitorId, String name, MonitorStats.Spike spike, List<Long> daily, List<Story> stories) {

    /** One of the day's stories, by its most relevant article, with how many articles tell it. */
    public record Story(String storyId, String articleId, String title, String url, String source, String language, Instant publishedAt,
                        long articles) {}
}
