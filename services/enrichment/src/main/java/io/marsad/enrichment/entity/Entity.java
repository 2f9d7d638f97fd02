package io.marsad.enrichment.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person, organisation or location of the knowledge base.
 *
 * @param id          stable Marsad id, e.g. {@code person:vladimir-putin}, {@code country:KP}
 * @param type        {@code person}, {@code organization} or {@code location}
 * @param names       the canonical name per language (ISO 639-1)
 * @param aliases     other spellings per language (surnames alone, transliteration variants, inflections)
 * @param description who or what this is, for editors and analysts (e.g. "President of Russia"); may be null
 */
public record Entity(String id, String type, Map<String, String> names, Map<String, List<String>> aliases, String description) {

    public static final Set<String> TYPES = Set.of("person", "organization", "location");

    public Entity {
        names = names == null ? Map.of() : Map.copyOf(names);
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        if (id == null || id.isBlank() || names.isEmpty()) {
            throw new IllegalArgumentException("an entity needs an id and at least one name: " + id);
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("entity " + id + ": type must be one of " + TYPES + ", not " + type);
        }
    }

    public Entity(String id, String type, Map<String, String> names, Map<String, List<String>> aliases) {
        this(id, type, names, aliases, null);
    }

    public String name() {
        return names.getOrDefault("en", names.values().iterator().next());
    }

    /** Every way this entity is written: names first, then aliases. */
    public Set<String> spellings() {
        Set<String> spellings = new LinkedHashSet<>(names.values());
        aliases.values().forEach(spellings::addAll);
        return spellings;
    }

    /**
     * This entity with another description of it laid over: names it lacks are taken, spellings are
     * added (a name that changes becomes an alias of the new one), the description is replaced when given.
     */
    public Entity merge(Entity other) {
        if (!type.equals(other.type)) {
            throw new IllegalArgumentException("entity " + id + " is a " + type + ", not a " + other.type);
        }
        Map<String, String> mergedNames = new LinkedHashMap<>(names);
        Map<String, Set<String>> mergedAliases = new LinkedHashMap<>();
        aliases.forEach((language, spellings) -> mergedAliases.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(spellings));
        other.names.forEach((language, name) -> {
            String previous = mergedNames.put(language, name);
            if (previous != null && !previous.equals(name)) {
                mergedAliases.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(previous);
            }
        });
        other.aliases.forEach((language, spellings) -> mergedAliases.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(spellings));
        Map<String, List<String>> aliasLists = new LinkedHashMap<>();
        mergedAliases.forEach((language, spellings) -> {
            spellings.remove(mergedNames.get(language));
            if (!spellings.isEmpty()) {
                aliasLists.put(language, new ArrayList<>(spellings));
            }
        });
        return new Entity(id, type, mergedNames, aliasLists, other.description != null ? other.description : description);
    }
}
