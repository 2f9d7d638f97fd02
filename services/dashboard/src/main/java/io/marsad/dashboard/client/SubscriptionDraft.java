package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A subscription as the dashboard writes it (the contract's {@code SubscriptionRequest}); null fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionDraft(String name, String query, Long monitorId, String kind, List<String> languages, List<String> sources,
                                List<String> entities, String mode, Digest digest, String timeZone, Channels channels, Boolean active) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Digest(String period, Integer hour) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channels(Boolean inApp, List<String> emails, Webhook webhook) {}

    public record Webhook(String url) {}
}
