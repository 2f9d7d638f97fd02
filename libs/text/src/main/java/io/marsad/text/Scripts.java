package io.marsad.text;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The writing system most of a text's letters belong to, as an ISO 15924 code (Arab, Latn, Cyrl…). */
public final class Scripts {

    private Scripts() {}

    /** The dominant script of the letters in {@code text}, or {@code Zyyy} (common) when it has none. */
    public static String dominant(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
            .map(e -> iso15924(e.getKey()))
            .orElse("Zyyy");
    }

    static String iso15924(UnicodeScript script) {
        return switch (script) {
            case ARABIC -> "Arab";
            case LATIN -> "Latn";
            case CYRILLIC -> "Cyrl";
            case HEBREW -> "Hebr";
            case GREEK -> "Grek";
            case HAN -> "Hani";
            case DEVANAGARI -> "Deva";
            default -> {
                String name = script.name().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(name.charAt(0)) + name.substring(1, Math.min(4, name.length()));
            }
        };
    }
}
