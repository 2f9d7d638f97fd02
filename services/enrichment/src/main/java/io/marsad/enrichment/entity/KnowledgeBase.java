package io.marsad.enrichment.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities Marsad recognises (docs/entities.md): every country with its CLDR names (from the
 * JDK's locale data), then the bundled tables listed in {@code /entities/index.txt}, in order, then
 * what admins added through the API. A later entry with an id already known is laid over it
 * ({@link Entity#merge}), so a table or an admin can add spellings to a generated entry.
 * Data, not code: add a line to a table.
 */
public final class KnowledgeBase {

    static final String INDEX = "/entities/index.txt";

    private final Map<String, Entity> byId;

    private KnowledgeBase(Map<String, Entity> byId) {
        this.byId = byId;
    }

    /** The countries and the bundled tables. */
    public static KnowledgeBase load() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        countries().forEach(country -> entities.put(country.id(), country));
        for (String table : bundledTables()) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream("/entities/" + table)) {
                if (in == null) {
                    throw new IllegalStateException("missing /entities/" + table + " listed in " + INDEX);
                }
                for (Entity entity : EntityTable.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table)) {
                    entities.merge(entity.id(), entity, Entity::merge);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read /entities/" + table, e);
            }
        }
        return new KnowledgeBase(entities);
    }

    private static List<String> bundledTables() {
        return ResourceLines.of(INDEX);
    }


    /** Every ISO 3166 country with its CLDR display names. */
    static List<Entity> countries() {
        List<Entity> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : EntityTable.LANGUAGES) {
                String name = country.getDisplayCountry(Locale.of(language));
                if (!name.isBlank() && !name.equals(code)) {
                    names.put(language, name);
                }
            }
            if (names.containsKey("en")) {
                countries.add(new Entity("country:" + code, "location", names, Map.of(), "country"));
            }
        }
        return countries;
    }

    /** This knowledge base with more entries laid over it (admins' additions). */
    public KnowledgeBase with(Collection<Entity> additions) {
        Map<String, Entity> entities = new LinkedHashMap<>(byId);
        additions.forEach(entity -> entities.merge(entity.id(), entity, Entity::merge));
        return new KnowledgeBase(entities);
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
