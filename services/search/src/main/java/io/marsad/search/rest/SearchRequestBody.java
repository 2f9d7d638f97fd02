package io.marsad.search.rest;

import java.util.List;

/** {@code POST /api/search}: the same search as the GET form, as JSON (long queries, many filters). */
public record SearchRequestBody(String q, String from, String to, List<String> languages, List<String> sources, List<String> entities,
                                List<String> stories, String sort, Integer page, Integer size, String timeZone) {}
