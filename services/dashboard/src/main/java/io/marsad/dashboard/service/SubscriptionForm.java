package io.marsad.dashboard.service;

import io.marsad.dashboard.client.Refusal;
import io.marsad.dashboard.client.SubscriptionDraft;
import io.marsad.dashboard.client.SubscriptionList;

import java.util.Arrays;
import java.util.List;

/**
 * The subscription form as typed (every field a string or a box, as forms send them), what it
 * writes to alerting, and what alerting said was wrong with it. A subscription either has its own
 * query or follows one of the user's monitors ({@code follow} is the monitor's id, empty for a
 * query); the digest's hour only counts for a daily digest; e-mail addresses are written one a line
 * or separated by commas.
 *
 * @param id null for a new subscription
 */
public record SubscriptionForm(Long id, String name, String query, String follow, String kind, String mode, String digestPeriod,
                               String digestHour, String timeZone, boolean inApp, String emails, String webhook, boolean active,
                               String webhookSecret, Refusal refusal) {

    public static SubscriptionForm empty() {
        return new SubscriptionForm(null, "", "", "", "keyword", "realtime", "daily", "8", "UTC", true, "", "", true, null, null);
    }

    /** The form filled in with a saved subscription, to edit it. */
    public static SubscriptionForm of(SubscriptionList.Subscription saved) {
        SubscriptionList.Channels channels = saved.channels();
        return new SubscriptionForm(saved.id(), saved.name(), saved.monitor() == null && saved.query() != null ? saved.query() : "",
            saved.monitor() == null ? "" : Long.toString(saved.monitor().id()), saved.kind(), saved.mode(),
            saved.digest() == null ? "daily" : saved.digest().period(),
            saved.digest() == null || saved.digest().hour() == null ? "8" : Integer.toString(saved.digest().hour()),
            saved.timeZone() == null ? "UTC" : saved.timeZone(), channels == null || channels.inApp(),
            channels == null || channels.emails() == null ? "" : String.join("\n", channels.emails()),
            channels == null || channels.webhook() == null ? "" : channels.webhook().url(), saved.active(),
            channels == null || channels.webhook() == null ? null : channels.webhook().secret(), null);
    }

    /** The same form with what alerting (or this form's own check) said about it. */
    public SubscriptionForm refused(Refusal why) {
        return new SubscriptionForm(id, name, query, follow, kind, mode, digestPeriod, digestHour, timeZone, inApp, emails, webhook, active,
            webhookSecret, why);
    }

    public SubscriptionForm withActive(boolean on) {
        return new SubscriptionForm(id, name, query, follow, kind, mode, digestPeriod, digestHour, timeZone, inApp, emails, webhook, on,
            webhookSecret, refusal);
    }

    /** A field this form can find wrong before asking alerting, or null. */
    public Refusal.FieldError check() {
        if (mode.equals("digest") && digestPeriod.equals("daily")) {
            try {
                int hour = Integer.parseInt(digestHour.strip());
                if (hour < 0 || hour > 23) {
                    return new Refusal.FieldError("digest.hour", "must be between 0 and 23");
                }
            } catch (NumberFormatException e) {
                return new Refusal.FieldError("digest.hour", "must be an hour from 0 to 23");
            }
        }
        if (!follow.isBlank() && !follow.strip().matches("\\d{1,18}")) {
            return new Refusal.FieldError("monitorId", "must be one of your monitors");
        }
        return null;
    }

    /**
     * What alerting is sent: the query, or the monitor followed (never both); a digest only in
     * digest mode; the channels as given.
     */
    public SubscriptionDraft toDraft() {
        boolean following = !follow.isBlank();
        boolean digest = mode.equals("digest");
        List<String> addresses = Arrays.stream(emails.split("[,\\s]+")).map(String::strip).filter(address -> !address.isEmpty()).toList();
        return new SubscriptionDraft(name.strip(), following ? null : query.strip(), following ? Long.valueOf(follow.strip()) : null, kind,
            null, null, null, mode,
            digest ? new SubscriptionDraft.Digest(digestPeriod, digestPeriod.equals("daily") ? Integer.valueOf(digestHour.strip()) : null) : null,
            timeZone.isBlank() ? null : timeZone.strip(),
            new SubscriptionDraft.Channels(inApp, addresses, webhook.isBlank() ? null : new SubscriptionDraft.Webhook(webhook.strip())), active);
    }

    /** What alerting said about a field (or one of its items, e.g. {@code channels.emails[1]}), or null. */
    public String error(String field) {
        if (refusal == null) {
            return null;
        }
        return refusal.errors().stream().filter(e -> e.field() != null && (e.field().equals(field) || e.field().startsWith(field + "[")
            || e.field().startsWith(field + "."))).map(Refusal.FieldError::message).findFirst().orElse(null);
    }

    /** The refusal's message when it names no field of the form (e.g. search did not answer). */
    public String general() {
        return refusal != null && refusal.errors().isEmpty() ? (refusal.detail() == null ? refusal.title() : refusal.detail()) : null;
    }

    public boolean isNew() {
        return id == null;
    }
}
