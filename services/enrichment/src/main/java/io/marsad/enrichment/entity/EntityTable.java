package io.marsad.enrichment.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the knowledge base's tab-separated tables (docs/entities.md):
 * {@code id, type, en, ar, fr, ru, fa, description}; in a language cell the first spelling is the
 * canonical name and further ones, separated by {@code |}, are aliases; an alias written with a
 * leading {@code ~} is also a common word and needs evidence ({@link CommonWordEvidence}). Lines starting with
 * {@code #} and empty lines are skipped. An id twice in one table is an error: overlays belong in a
 * later table.
 */
public final class EntityTable {

    public static final List<String> COLUMNS = List.of("id", "type", "en", "ar", "fr", "ru", "fa", "description");
    static final List<String> LANGUAGES = COLUMNS.subList(2, 7);

    private EntityTable() {
    }

    public static List<Entity> read(BufferedReader reader, String source) throws IOException {
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                Entity entity = parse(line);
                if (!ids.add(entity.id())) {
                    throw new IllegalArgumentException("id " + entity.id() + " appears twice");
                }
                entities.add(entity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return entities;
    }

    static Entity parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 3 || cells.length > COLUMNS.size()) {
            throw new IllegalArgumentException("expected up to " + COLUMNS.size() + " tab-separated columns " + COLUMNS + ", found " + cells.length);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (int i = 2; i < Math.min(cells.length, 7); i++) {
            List<String> spellings = new ArrayList<>();
            for (String spelling : cells[i].split("\\|")) {
                if (!spelling.isBlank() && !spellings.contains(spelling.strip())) {
                    spellings.add(spelling.strip());
                }
            }
            if (!spellings.isEmpty()) {
                String language = COLUMNS.get(i);
                if (spellings.get(0).startsWith(EntityMatcher.COMMON_WORD_MARK)) {
                    // a name that is also a common word (حمص chickpeas, for Homs): shown unmarked, matched with evidence
                    String marked = spellings.get(0);
                    spellings.set(0, marked.substring(EntityMatcher.COMMON_WORD_MARK.length()));
                    if (!spellings.contains(marked)) {
                        spellings.add(1, marked);
                    }
                }
                names.put(language, spellings.get(0));
                if (spellings.size() > 1) {
                    aliases.put(language, spellings.subList(1, spellings.size()));
                }
            }
        }
        String description = cells.length > 7 && !cells[7].isBlank() ? cells[7].strip() : null;
        return new Entity(cells[0].strip(), cells[1].strip(), names, aliases, description);
    }

    /** The line {@link #parse} reads back into the same entity. */
    public static String format(Entity entity) {
        StringBuilder line = new StringBuilder(entity.id()).append('\t').append(entity.type());
        for (String language : LANGUAGES) {
            line.append('\t');
            List<String> spellings = new ArrayList<>();
            if (entity.names().containsKey(language)) {
                spellings.add(entity.names().get(language));
            }
            spellings.addAll(entity.aliases().getOrDefault(language, List.of()));
            line.append(String.join("|", spellings));
        }
        return line.append('\t').append(entity.description() == null ? "" : entity.description()).toString();
    }
}
