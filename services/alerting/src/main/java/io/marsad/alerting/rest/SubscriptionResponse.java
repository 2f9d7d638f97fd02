package io.marsad.alerting.rest;

import io.marsad.alerting.model.Subscription;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it to its owner (and admins); the webhook's signing secret
 * included. For one that follows a monitor, {@code query} and the filters are the monitor's as last read.
 */
public record SubscriptionResponse(long id, String owner, String name, String query, List<String> languages, List<String> sources,
                                   List<String> entities, Monitor monitor, String kind, String mode, Digest digest, String timeZone, Channels channels,
                                   boolean active, Instant createdAt, Instant updatedAt) {

    /** The monitor followed, and since when it is missing (deleted: the subscription was muted then), or null. */
    public record Monitor(long id, Instant missingSince) {}

    public record Digest(String period, Integer hour) {}

    public record Channels(boolean inApp, List<String> emails, Webhook webhook) {}

    public record Webhook(String url, String secret) {}

    static SubscriptionResponse of(Subscription s) {
        return new SubscriptionResponse(s.id, s.ownerSubject, s.name, s.query, List.copyOf(s.languages), List.copyOf(s.sources),
            List.copyOf(s.entities), s.monitorId == null ? null : new Monitor(s.monitorId, s.monitorMissingSince), s.kind, s.mode, s.digestPeriod == null ? null : new Digest(s.digestPeriod, s.digestHour), s.timeZone,
            new Channels(s.inApp, List.copyOf(s.emails), s.webhookUrl == null ? null : new Webhook(s.webhookUrl, s.webhookSecret)),
            s.active, s.createdAt, s.updatedAt);
    }
}
