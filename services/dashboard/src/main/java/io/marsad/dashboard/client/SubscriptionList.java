package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** The user's subscriptions as alerting answers them (the contract's {@code SubscriptionPage}), as far as the dashboard shows them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionList(List<Subscription> items, long total) {

    /** One subscription (the contract's {@code Subscription}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subscription(long id, String name, String query, List<String> languages, List<String> sources, List<String> entities,
                               Monitor monitor, String kind, String mode, Digest digest, String timeZone, Channels channels, boolean active) {

        /** The message keys of its kind, mode and digest period, as the list shows them. */
        public String kindKey() {
            return "kind_" + kind;
        }

        public String modeKey() {
            return "mode_" + mode;
        }

        public String digestKey() {
            return digest == null ? null : "digest_" + digest.period();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Monitor(long id, Instant missingSince) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Digest(String period, Integer hour) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Channels(boolean inApp, List<String> emails, Webhook webhook) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Webhook(String url, String secret) {}
}
