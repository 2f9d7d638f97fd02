package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of the user's monitors, by name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorList(List<Monitor> items, int page, int size, long total) {}
