package io.marsad.enrichment.entity;

import java.util.List;
import java.util.Map;

/**
 * A person, organisation or location of the knowledge base.
 *
 * @param id      stable Marsad id, e.g. {@code person:vladimir-putin}, {@code country:KP}
 * @param type    {@code person}, {@code organization} or {@code location}
 * @param names   the canonical name per language (ISO 639-1)
 * @param aliases other spellings per language (surnames alone, transliteration variants, inflections)
 */
public record Entity(String id, String type, Map<String, String> names, Map<String, List<String>> aliases) {

    public Entity {
        names = names == null ? Map.of() : Map.copyOf(names);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        if (id == null || type == null || names.isEmpty()) {
            throw new IllegalArgumentException("an entity needs an id, a type and at least one name: " + id);
        }
    }

    public String name() {
        return names.getOrDefault("en", names.values().iterator().next());
    }
}
