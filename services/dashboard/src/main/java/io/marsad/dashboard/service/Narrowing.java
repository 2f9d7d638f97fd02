package io.marsad.dashboard.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user narrowed a monitor's results to on its page: dates (a timeline bar), and one value
 * each of source, language, entity and tag (a facet). The facets narrow through the query itself
 * ({@code (monitor query) AND source:"Reuters"}), so they always narrow, whatever filters the
 * monitor has. Each link of the page is this narrowing with one thing added or removed.
 */
public record Narrowing(Instant from, Instant to, String source, String lang, String entity, String tag, int page) {

    /** The facets a value can be clicked in, and the query field each narrows by. */
    public static final Map<String, String> FACET_FIELDS = Map.of("sources", "source", "languages", "lang", "persons", "entity",
        "organizations", "entity", "locations", "entity", "tags", "tag");

    /** The narrowing from a page's parameters; a date that does not parse is dropped rather than refused. */
    public static Narrowing of(String from, String to, String source, String lang, String entity, String tag, Integer page) {
        return new Narrowing(instant(from), instant(to), usable(source), usable(lang), usable(entity), usable(tag),
            page == null || page < 0 ? 0 : Math.min(page, 49));
    }

    /** The monitor's query narrowed by the clicked facet values. */
    public String query(String monitorQuery) {
        StringBuilder query = new StringBuilder("(").append(monitorQuery).append(')');
        values().forEach((field, value) -> query.append(" AND ").append(field).append(":\"").append(value).append('"'));
        return query.toString();
    }

    /** The facet values narrowed by, by query field. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (source != null) {
            values.put("source", source);
        }
        if (lang != null) {
            values.put("lang", lang);
        }
        if (entity != null) {
            values.put("entity", entity);
        }
        if (tag != null) {
            values.put("tag", tag);
        }
        return values;
    }

    public boolean narrowed() {
        return from != null || to != null || !values().isEmpty();
    }

    public Narrowing withValue(String field, String value) {
        return new Narrowing(from, to, field.equals("source") ? value : source, field.equals("lang") ? value : lang,
            field.equals("entity") ? value : entity, field.equals("tag") ? value : tag, 0);
    }

    public Narrowing withoutValue(String field) {
        return withValue(field, null);
    }

    public Narrowing withDates(Instant newFrom, Instant newTo) {
        return new Narrowing(newFrom, newTo, source, lang, entity, tag, 0);
    }

    /** The dates alone. */
    public Narrowing withoutFacets() {
        return new Narrowing(from, to, null, null, null, null, 0);
    }

    public Narrowing withPage(int newPage) {
        return new Narrowing(from, to, source, lang, entity, tag, newPage);
    }

    /** This narrowing as the query string of a page link, starting with {@code ?} (empty when nothing is narrowed). */
    public String link() {
        List<String> parameters = new ArrayList<>();
        add(parameters, "from", from == null ? null : from.toString());
        add(parameters, "to", to == null ? null : to.toString());
        values().forEach((field, value) -> add(parameters, field, value));
        if (page > 0) {
            parameters.add("page=" + page);
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    /** The query string of this narrowing's export in a format ({@code csv}, {@code jsonl}). */
    public String exportLink(String format) {
        String link = link();
        return (link.isEmpty() ? "?" : link + "&") + "format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? Instant.parse(value + "T00:00:00Z") : Instant.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A facet value that can be written in a quoted query value (no quotes or backslashes in it). */
    private static String usable(String value) {
        return value == null || value.isBlank() || value.length() > 200 || value.contains("\"") || value.contains("\\") ? null : value.strip();
    }
}
