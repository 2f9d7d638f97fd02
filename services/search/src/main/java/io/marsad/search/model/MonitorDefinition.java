package io.marsad.search.model;

import java.util.List;

/** What a user defines a monitor by: a name, a query in Marsad's language, and filters (empty lists: no filter). */
public record MonitorDefinition(String name, String query, List<String> languages, List<String> sources, List<String> entities) {}
