package io.marsad.alerting.rest;

import io.marsad.alerting.model.Subscription;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it to its owner (and admins); the webhook's signing secret included. */
public record SubscriptionResponse(long id, String owner, String name, String query, List<String> languages, List<String> sources,
                                   List<String> entities, String kind, String mode, Digest digest, String timeZone, Channels channels,
                                   boolean active, Instant createdAt, Instant updatedAt) {

    public record Digest(String period, Integer hour) {}

    public record Channels(boolean inApp, List<String> emails, Webhook webhook) {}

    public record Webhook(String url, String secret) {}

    static SubscriptionResponse of(Subscription s) {
        return new SubscriptionResponse(s.id, s.ownerSubject, s.name, s.query, List.copyOf(s.languages), List.copyOf(s.sources),
            List.copyOf(s.entities), s.kind, s.mode, s.digestPeriod == null ? null : new Digest(s.digestPeriod, s.digestHour), s.timeZone,
            new Channels(s.inApp, List.copyOf(s.emails), s.webhookUrl == null ? null : new Webhook(s.webhookUrl, s.webhookSecret)),
            s.active, s.createdAt, s.updatedAt);
    }
}
