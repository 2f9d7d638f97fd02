package io.marsad.search.model;

import java.time.Instant;
import java.util.List;

/**
 * What a search asks for: the query in Marsad's language, filters, order and page.
 *
 * @param from    first publication instant included, or null
 * @param to      instant excluded, or null
 * @param sort    {@code relevance} or {@code date} (newest first)
 * @param timeZone IANA zone the timeline's days and months are cut in
 */
public record SearchQuery(String q, Instant from, Instant to, List<String> languages, List<String> sources, List<String> entities,
                          List<String> stories, String sort, int page, int size, String timeZone) {}
