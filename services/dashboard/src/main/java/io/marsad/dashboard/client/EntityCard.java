package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/** A knowledge-base entity as enrichment answers it (the contract's {@code Entity}), as far as the dashboard shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityCard(String id, String type, String name, Map<String, String> names, Map<String, List<String>> aliases,
                         String description) {}
