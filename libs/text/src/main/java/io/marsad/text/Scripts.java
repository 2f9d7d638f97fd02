package io.marsad.text;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;

/** The writing system most of a text's letters belong to, as an ISO 15924 code (Arab, Latn, Cyrl…). */
public final class Scripts {

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    /** The script (ordinal, an unsigned byte) of every code point of the Basic Multilingual Plane, looked up once: a text's letters are counted on every article. */
    private static final byte[] BMP = new byte[0x10000];

    static {
        if (SCRIPTS.length > 256) {
            throw new IllegalStateException("more scripts than a byte holds: " + SCRIPTS.length);
        }
        for (int cp = 0; cp < BMP.length; cp++) {
            BMP[cp] = (byte) UnicodeScript.of(cp).ordinal();
        }
    }

    private Scripts() {}

    /** The dominant script of the letters in {@code text}, or {@code Zyyy} (common) when it has none; a tie goes to the script Java lists first. */
    public static String dominant(CharSequence text) {
        int[] counts = letterCounts(text);
        int best = mostCounted(counts);
        return best < 0 ? "Zyyy" : iso15924(SCRIPTS[best]);
    }

    /** The script of at least {@code share} (0–1) of the letters in {@code text}, if one is; empty for a text without letters. */
    public static Optional<UnicodeScript> holding(CharSequence text, double share) {
        int[] counts = letterCounts(text);
        int best = mostCounted(counts);
        if (best < 0) {
            return Optional.empty();
        }
        long letters = java.util.Arrays.stream(counts).asLongStream().sum();
        return counts[best] >= share * letters ? Optional.of(SCRIPTS[best]) : Optional.empty();
    }

    private static int[] letterCounts(CharSequence text) {
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts[cp < BMP.length ? BMP[cp] & 0xff : UnicodeScript.of(cp).ordinal()]++;
            }
        }
        return counts;
    }

    private static int mostCounted(int[] counts) {
        int best = -1;
        for (int script = 0; script < counts.length; script++) {
            if (counts[script] > 0 && (best < 0 || counts[script] > counts[best])) {
                best = script;
            }
        }
        return best;
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
