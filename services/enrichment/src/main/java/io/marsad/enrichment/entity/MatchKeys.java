package io.marsad.enrichment.entity;


import java.util.ArrayList;
import java.util.List;

/**
 * The form a folded word is compared in. French elides the article before names (l'Iran,
 * d'Israël), English adds a possessive (Putin's), and Arabic fuses conjunctions, prepositions and
 * the article to them (وبوتين, للأمم); Russian declines them ({@link RussianForms}). Both the
 * knowledge base's names and the text's words are reduced the same way.
 */
final class MatchKeys {

    private MatchKeys() {
    }

    /** The comparison key of one folded token, as written (Latin elision and possessive aside). */
    static String key(String folded) {
        return key(folded, false);
    }

    /** The key, marked when a '+' follows the word in the text (OPEC+ is not OPEC). */
    static String key(String folded, boolean plusFollows) {
        return plusFollows ? bare(folded) + "+" : bare(folded);
    }

    /** How many characters of the surface are an elided article (l', d', qu'…), not the name. */
    static int elisionLength(String surface) {
        int apostrophe = surface.replace('’', '\'').indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 2 && surface.length() > apostrophe + 2) {
            String head = surface.substring(0, apostrophe).toLowerCase(java.util.Locale.ROOT);
            if (head.equals("l") || head.equals("d") || head.equals("qu") || head.equals("j") || head.equals("s") || head.equals("n")) {
                return apostrophe + 1;
            }
        }
        return 0;
    }

    private static String bare(String folded) {
        if (!folded.isEmpty() && folded.charAt(0) < 0x250) {
            return latin(folded);
        }
        return folded;
    }

    private static String latin(String word) {
        String w = word.replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 3 && w.length() > apostrophe + 2) {
            String head = w.substring(0, apostrophe);
            if (head.equals("l") || head.equals("d") || head.equals("qu") || head.equals("j") || head.equals("s") || head.equals("n")) {
                w = w.substring(apostrophe + 1);
            }
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** A word's key as written, then without the Arabic conjunctions, prepositions and article fused to it. */
    static List<String> withoutProclitics(String term) {
        List<String> forms = new ArrayList<>(List.of(term));
        String rest = term;
        if (rest.length() > 3 && (rest.startsWith("و") || rest.startsWith("ف"))) {
            rest = rest.substring(1);
            forms.add(rest);
        }
        if (rest.length() > 3 && (rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك"))) {
            rest = rest.substring(1);
            forms.add(rest);
        }
        if (rest.length() > 4 && rest.startsWith("ال")) {
            forms.add(rest.substring(2));
        } else if (rest.length() > 3 && rest.startsWith("ل") && forms.size() > 1) {
            forms.add("ال" + rest.substring(1)); // لل → ال: للأمم = ل + الأمم
        }
        return forms;
    }
}
