package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where a text names an entity (the contract's {@code Mention}): {@code start} and {@code end} are UTF-16 offsets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mention(String entityId, String type, String name, int start, int end) {}
