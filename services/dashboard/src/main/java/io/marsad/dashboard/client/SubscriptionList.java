package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The user's subscriptions, as far as the dashboard lists them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionList(List<Subscription> items, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subscription(long id, String name, String query, String kind, String mode, boolean active) {}
}
