package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A monitor as search answers it, as far as the dashboard shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Monitor(long id, String name, String query, List<String> languages, List<String> sources, List<String> entities) {}
