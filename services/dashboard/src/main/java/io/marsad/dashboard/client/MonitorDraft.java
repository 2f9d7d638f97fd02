package io.marsad.dashboard.client;

import java.util.List;

/** A new monitor as the dashboard sends it to search. */
public record MonitorDraft(String name, String query, List<String> languages) {}
