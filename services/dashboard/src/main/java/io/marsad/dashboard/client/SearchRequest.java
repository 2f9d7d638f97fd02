package io.marsad.dashboard.client;

import java.util.List;

/** A search as the dashboard sends it (the contract's {@code SearchRequest}). */
public record SearchRequest(String q, String from, String to, List<String> languages, List<String> sources, List<String> entities,
                            String sort, int page, int size, String timeZone) {}
