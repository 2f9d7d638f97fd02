package io.marsad.alerting.delivery;

import io.marsad.alerting.client.MonitorSignal;
import io.marsad.alerting.service.Explanation;

import java.time.Instant;

/**
 * An alert as it leaves Marsad (the webhook body; e-mails say the same): what fired, for which
 * subscription, on which article, and why. {@code copies} counts the articles of the story known
 * when it was sent. A spike alert ({@code type} {@code spike}) carries the monitor's signal in
 * {@code spike}: the day's count, the baseline, and the day's top stories (the first of them is its
 * {@code article}); a match alert ({@code type} {@code alert}) has none.
 */
public record AlertMessage(String type, Alert alert, Subscription subscription, Article article, Explanation explanation,
                           MonitorSignal spike) implements OutgoingMessage {

    public record Alert(long id, String storyId, int copies, Instant createdAt) {}

    public record Subscription(long id, String name) {}

    public record Article(String id, String title, String url, String source, String language, Instant publishedAt) {}
}
