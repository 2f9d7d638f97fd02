package io.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A knowledge base grown for the benchmark: {@code count} made-up people, organisations and places
 * written into the enrichment service's {@code entity_addition} table, as admins' additions through
 * {@code /api/entities} are stored, so that the service reads them with its bundled knowledge base.
 * Each has a name in English, French, Arabic and Russian; a person also has its surname alone.
 * Names are two made-up words in the language's script, surnames two joined, so that the corpus's
 * own made-up words hardly ever name one: the articles go on naming the bundled entities, and what
 * the extra entities cost is their weight in the matcher, not extra mentions.
 */
final class AddedEntities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AddedEntities() {}

    /** The id of the {@code n}-th added entity, as admins' ids look ({@code person:…}, {@code org:…}, {@code place:…}). */
    static String id(int n) {
        return String.format(Locale.ROOT, "%s:bench-%06d", switch (type(n)) {
            case "person" -> "person";
            case "organization" -> "org";
            default -> "place";
        }, n);
    }

    private static String type(int n) {
        return n % 5 < 3 ? "person" : n % 5 == 3 ? "organization" : "location";
    }

    static void write(String jdbcUrl, int count) throws Exception {
        Random random = new Random(20_000);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); PreparedStatement insert = c.prepareStatement("""
            INSERT INTO entity_addition (entity_id, type, names, aliases, created_by, updated_by)
            VALUES (?, ?, ?::jsonb, ?::jsonb, 'bench', 'bench')""")) {
            c.setAutoCommit(false);
            for (int n = 0; n < count; n++) {
                String type = type(n);
                Map<String, String> names = new LinkedHashMap<>();
                Map<String, List<String>> aliases = new LinkedHashMap<>();
                for (String language : NewsCorpus.LANGUAGES) {
                    String surname = NewsCorpus.madeUpWord(language, random) + NewsCorpus.madeUpWord(language, random);
                    names.put(language, capitalised(NewsCorpus.madeUpWord(language, random)) + " " + capitalised(surname));
                    if (type.equals("person")) {
                        aliases.put(language, List.of(capitalised(surname)));
                    }
                }
                insert.setString(1, id(n));
                insert.setString(2, type);
                insert.setString(3, JSON.writeValueAsString(names));
                insert.setString(4, JSON.writeValueAsString(aliases));
                insert.addBatch();
                if (n % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
