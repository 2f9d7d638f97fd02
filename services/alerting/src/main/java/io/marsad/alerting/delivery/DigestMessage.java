package io.marsad.alerting.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A digest as it leaves Marsad (the webhook body; e-mails say the same): a subscription's alerts of
 * one period, one entry per story (its first article, how many articles tell it, the matched words).
 */
public record DigestMessage(String type, Digest digest, AlertMessage.Subscription subscription, List<Story> stories)
    implements OutgoingMessage {

    public record Digest(long id, Instant periodStart, Instant periodEnd, String timeZone) {}

    public record Story(String storyId, AlertMessage.Article article, int copies, List<String> terms, String direction) {}
}
