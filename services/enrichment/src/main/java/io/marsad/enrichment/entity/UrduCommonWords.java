package io.marsad.enrichment.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Urdu words that the knowledge base's Persian spellings also write, which Urdu text, matched with
 * the Persian column, reads as common words: وین "a van" (Vienna), کنیا "a girl" (Kenya). The tables have no Urdu column to mark them in, so they are listed in
 * {@code /entities/urdu-common-words.txt}; in Urdu text such a name needs the evidence a marked one does.
 */
final class UrduCommonWords {

    private static final Set<String> KEYS = load();

    private UrduCommonWords() {
    }

    static boolean contains(String key) {
        return KEYS.contains(key);
    }

    private static Set<String> load() {
        try (InputStream in = UrduCommonWords.class.getResourceAsStream("/entities/urdu-common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /entities/urdu-common-words.txt");
            }
            return EntityMatcher.keysOfAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /entities/urdu-common-words.txt", e);
        }
    }
}
