package io.marsad.enrichment.entity;

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
        return EntityMatcher.keysOfAll(ResourceLines.of("/entities/urdu-common-words.txt"));
    }
}
