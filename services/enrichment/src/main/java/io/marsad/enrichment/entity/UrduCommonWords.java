package io.marsad.enrichment.entity;

import java.util.Set;

/**
 * Urdu words that the knowledge base's Persian spellings also write, which Urdu text, matched with
 * the Persian column, reads as common words: وین "a van" (Vienna), کنیا "a girl" (Kenya). The tables have no Urdu column to mark them in, so they are listed in
 * {@code /entities/urdu-common-words.txt} (words or phrases); in Urdu text such a name needs the evidence a marked one does.
 */
final class UrduCommonWords {

    private static final Set<String> KEYS = load();

    private UrduCommonWords() {
    }

    /** Whether the words of a match, by their keys, are one of the listed words or phrases (بی بی). */
    static boolean contains(java.util.List<String> keys) {
        return KEYS.contains(String.join(" ", keys));
    }

    private static Set<String> load() {
        return ResourceLines.of("/entities/urdu-common-words.txt").stream()
            .map(phrase -> String.join(" ", EntityMatcher.keys(phrase))).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
