package io.marsad.alerting.client;

import java.util.List;

/** The body of {@code POST /api/search} as alerting sends it: a query and filters, restricted to some stories. */
public record StorySearch(String q, String from, String to, List<String> languages, List<String> sources, List<String> entities,
                          List<String> stories, String sort, int size, String timeZone) {}
