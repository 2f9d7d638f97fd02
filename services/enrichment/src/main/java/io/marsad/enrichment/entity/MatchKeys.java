package io.marsad.enrichment.entity;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;

/**
 * The form a folded word is compared in. Names are inflected in running text in ways spelling
 * lists cannot keep up with: Russian declines them (Путина, Путину, Москве), French elides the
 * article before them (l'Iran, d'Israël), English adds a possessive (Putin's), and Arabic fuses
 * conjunctions, prepositions and the article to them (وبوتين, للأمم). Both the knowledge base's
 * names and the text's words are reduced the same way.
 */
final class MatchKeys {

    private static final AnalysisChain RUSSIAN = MarsadAnalyzers.chain("marsad_ru");

    private MatchKeys() {
    }

    /** The comparison key of one folded token, as written (Latin elision and possessive aside). */
    static String key(String folded) {
        if (!folded.isEmpty() && folded.charAt(0) < 0x250) {
            return latin(folded);
        }
        return folded;
    }

    /**
     * The key with a Russian case ending taken off (Путина → путин), for a second look when the
     * word as written names nothing: Нигер and Нигерия stem alike, so the written form goes first.
     */
    static String stem(String key) {
        if (!key.isEmpty() && Character.UnicodeBlock.of(key.charAt(0)) == Character.UnicodeBlock.CYRILLIC) {
            List<String> stemmed = MarsadAnalyzers.tokens(RUSSIAN, key);
            return stemmed.size() == 1 ? stemmed.get(0) : key;
        }
        return key;
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
