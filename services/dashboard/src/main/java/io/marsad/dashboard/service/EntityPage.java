package io.marsad.dashboard.service;

import io.marsad.dashboard.client.EntityCard;
import io.marsad.dashboard.client.SearchResult;
import io.marsad.text.TextDirection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * An entity's page: its names in every language and script (each in its direction), how much the
 * news named it over time, the entities named with it most, and the latest stories naming it.
 */
public record EntityPage(EntityCard entity, String query, long total, long stories, List<Name> names, List<TimelineBars.Bar> bars,
                         List<CoMentions> coMentioned, List<Story> latest, Narrowing narrowing) {

    /** The facets that name entities, and the type an entity in each has. */
    static final Map<String, String> ENTITY_FACETS = Map.of("persons", "person", "organizations", "organization", "locations", "location");

    /** One language's name and other spellings. */
    public record Name(String language, String dir, String name, List<String> aliases) {}

    /** Entities of one type named in the same articles; {@code label} is the facet's message key. */
    public record CoMentions(String label, List<CoMentioned> entities) {}

    public record CoMentioned(String name, long count, String href) {}

    public record Story(String id, String title, String source, String language, String dir, String when, long others) {}

    /** The query that finds the articles naming an entity: its id as a filter, which search matches on the indexed ids. */
    /** The message key of the entity's type. */
    public String typeLabel() {
        return typeLabel(entity);
    }

    public static String typeLabel(EntityCard entity) {
        return "entityType_" + entity.type();
    }

    /** This entity's page. */
    public String href() {
        return href(entity.id());
    }

    /** The monitors page with its form filled in to monitor this entity. */
    public String newMonitorLink() {
        return "/monitors?name=" + URLEncoder.encode(entity.name(), StandardCharsets.UTF_8) + "&query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    public static String queryFor(String entityId) {
        return "entity:\"" + entityId + "\"";
    }

    public static EntityPage of(EntityCard entity, SearchResult result, Narrowing narrowing, Locale locale, ZoneId zone) {
        List<Name> names = new ArrayList<>();
        Map<String, String> byLanguage = entity.names() == null ? Map.of() : entity.names();
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        // the knowledge base marks aliases that are also common words with "~" (they need evidence to match): shown as written
        (entity.aliases() == null ? Map.<String, List<String>>of() : entity.aliases()).forEach((language, spellings) ->
            aliases.put(language, spellings.stream().map(alias -> alias.startsWith("~") ? alias.substring(1) : alias).toList()));
        byLanguage.forEach((language, name) -> names.add(new Name(language, TextDirection.of(language), name,
            aliases.getOrDefault(language, List.of()).stream().filter(alias -> !alias.equals(name)).toList())));
        aliases.forEach((language, spellings) -> {
            if (!byLanguage.containsKey(language) && !spellings.isEmpty()) {
                names.add(new Name(language, TextDirection.of(language), spellings.get(0), spellings.subList(1, spellings.size())));
            }
        });
        List<CoMentions> coMentioned = new ArrayList<>();
        for (String facet : List.of("persons", "organizations", "locations")) {
            List<CoMentioned> entities = result.facets().getOrDefault(facet, List.of()).stream()
                .filter(bucket -> !bucket.value().equals(entity.name()))
                .map(bucket -> new CoMentioned(bucket.value(), bucket.count(), namedLink(ENTITY_FACETS.get(facet), bucket.value())))
                .limit(10).toList();
            if (!entities.isEmpty()) {
                coMentioned.add(new CoMentions("facet_" + facet, entities));
            }
        }
        List<Story> latest = result.hits().stream().map(hit -> new Story(hit.article().id(), hit.article().title(), hit.article().source(),
            hit.article().language(), TextDirection.of(hit.article().language()), Dates.when(hit.article().publishedAt(), locale, zone),
            Math.max(0, hit.articlesInStory() - 1))).toList();
        return new EntityPage(entity, queryFor(entity.id()), result.total(), result.stories(), names, TimelineBars.of(result.timeline(), narrowing),
            coMentioned, latest, narrowing);
    }

    /** The link that finds an entity's page from the name articles list it under (resolved when followed). */
    public static String namedLink(String type, String name) {
        return "/entities/named?type=" + URLEncoder.encode(type, StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** An entity page's path; ids are {@code type:slug}, kept readable. */
    public static String href(String entityId) {
        return "/entities/" + URLEncoder.encode(entityId, StandardCharsets.UTF_8).replace("%3A", ":").replace("+", "%20");
    }
}
