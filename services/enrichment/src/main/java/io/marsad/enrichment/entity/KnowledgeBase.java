package io.marsad.enrichment.entity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities Marsad recognises: curated JSON resources (people, organisations, places, with their
 * spellings in Arabic, English, French, Russian and Persian) plus every country with its CLDR names
 * in those languages (from the JDK's locale data). Data, not code: add an entry to the JSON files.
 */
public final class KnowledgeBase {

    static final List<String> RESOURCES = List.of("/entities/people.json", "/entities/organizations.json", "/entities/places.json");
    static final List<String> LANGUAGES = List.of("en", "ar", "fr", "ru", "fa");

    private final Map<String, Entity> byId;

    private KnowledgeBase(Map<String, Entity> byId) {
        this.byId = byId;
    }

    public static KnowledgeBase load() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : RESOURCES) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                for (Entity entity : json.readValue(in, new TypeReference<List<Entity>>() {})) {
                    add(entities, entity);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        countries().forEach(country -> add(entities, country));
        return new KnowledgeBase(entities);
    }

    /** Every ISO 3166 country with its CLDR display names. */
    static List<Entity> countries() {
        List<Entity> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String name = country.getDisplayCountry(Locale.of(language));
                if (!name.isBlank() && !name.equals(code)) {
                    names.put(language, name);
                }
            }
            if (names.containsKey("en")) {
                countries.add(new Entity("country:" + code, "location", names, Map.of()));
            }
        }
        return countries;
    }

    private static void add(Map<String, Entity> entities, Entity entity) {
        if (entities.putIfAbsent(entity.id(), entity) != null) {
            throw new IllegalStateException("duplicate entity id " + entity.id());
        }
    }

    public Entity get(String id) {
        return byId.get(id);
    }

    public List<Entity> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
