package io.marsad.alerting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a draft subscription would have sent over the last days: alerts per day (in the draft's
 * time zone) by the same story-window rule the live matching applies, and a sample of the newest.
 *
 * @param matchedArticles articles the query and filters matched in the range
 * @param complete        false when more articles matched than a backtest reads; then only the days
 *                        from {@code scannedFrom} on are counted, the oldest of them in part
 * @param alertsPerDay    the mean over the counted days
 */
public record SubscriptionPreview(Instant from, Instant to, String timeZone, int days, long matchedArticles, int alerts,
                                  double alertsPerDay, boolean complete, Instant scannedFrom, List<Day> perDay, List<Sample> sample) {

    /** One day of the range: articles matched and alerts raised that day; {@code complete} false for a day counted in part or not at all. */
    public record Day(LocalDate day, int articles, int alerts, boolean complete) {}

    /**
     * One alert the draft would have raised: its first article, how many articles of the story it
     * would have gathered, and the passages search highlights for the query in that story.
     */
    public record Sample(String storyId, Instant time, String articleId, String title, String url, String source, String language,
                         int copies, Map<String, List<String>> highlights) {}
}
