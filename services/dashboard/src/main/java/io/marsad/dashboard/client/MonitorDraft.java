package io.marsad.dashboard.client;

import java.util.List;

/** A monitor as the dashboard writes it to search (the contract's {@code MonitorRequest}). */
public record MonitorDraft(String name, String query, List<String> languages, List<String> sources, List<String> entities) {}
