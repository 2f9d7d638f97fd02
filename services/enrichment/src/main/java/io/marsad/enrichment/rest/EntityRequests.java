package io.marsad.enrichment.rest;

import io.marsad.support.problem.InvalidFieldException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What admins send to /api/entities, and the checks the knowledge base needs of it. */
public final class EntityRequests {

    static final Set<String> LANGUAGES = Set.of("en", "ar", "fr", "ru", "fa");
    static final Pattern ID = Pattern.compile("(person|org|place|country):[a-z0-9][a-z0-9-]{0,99}");
    static final int MAX_SPELLING = 200;
    static final int MAX_ALIASES_PER_LANGUAGE = 50;

    private EntityRequests() {
    }

    /** A new entity. */
    public record NewEntity(String id, String type, Map<String, String> names, Map<String, List<String>> aliases, String description) {}

    /** Spellings to add to an entity (bundled or added), per language; optionally a new description. */
    public record Spellings(Map<String, List<String>> aliases, String description) {}

    /** Text to find entities in. */
    public record MatchRequest(String text, String language) {}

    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "must look like person:some-name, org:…, place:… or country:… (lower-case letters, digits and hyphens)");
        }
    }

    static Map<String, String> checkNames(Map<String, String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidFieldException("names", "must name the entity in at least one language");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            String spelling = checkSpelling("names." + language, name);
            if (spelling.startsWith(io.marsad.enrichment.entity.EntityMatcher.COMMON_WORD_MARK)) {
                throw new InvalidFieldException("names." + language, "a name cannot be marked as a common word (~): mark an alias");
            }
            checked.put(checkLanguage("names", language), spelling);
        });
        return checked;
    }

    static Map<String, List<String>> checkAliases(Map<String, List<String>> aliases) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        if (aliases == null) {
            return checked;
        }
        aliases.forEach((language, spellings) -> {
            String field = "aliases." + language;
            checkLanguage("aliases", language);
            if (spellings == null || spellings.isEmpty() || spellings.size() > MAX_ALIASES_PER_LANGUAGE) {
                throw new InvalidFieldException(field, "must list 1 to " + MAX_ALIASES_PER_LANGUAGE + " spellings");
            }
            checked.put(language, spellings.stream().map(s -> checkSpelling(field, s)).distinct().toList());
        });
        return checked;
    }

    static String checkDescription(String description) {
        if (description != null && (description.length() > 500 || description.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidFieldException("description", "must be one line of at most 500 characters");
        }
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static String checkLanguage(String field, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new InvalidFieldException(field, "languages are " + LANGUAGES + ", not " + language);
        }
        return language;
    }

    private static String checkSpelling(String field, String spelling) {
        if (spelling == null || spelling.isBlank() || spelling.length() > MAX_SPELLING
            || spelling.chars().anyMatch(c -> Character.isISOControl(c) || c == '|')) {
            throw new InvalidFieldException(field, "each spelling must be 1 to " + MAX_SPELLING + " characters on one line, without '|'");
        }
        if (spelling.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidFieldException(field, "a spelling needs at least one letter or digit: " + spelling);
        }
        return spelling.strip();
    }
}
