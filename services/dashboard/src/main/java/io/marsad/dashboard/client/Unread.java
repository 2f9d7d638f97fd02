package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How many of the user's alerts are unread, and the newest alert's id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Unread(long unread, Long newest) {}
