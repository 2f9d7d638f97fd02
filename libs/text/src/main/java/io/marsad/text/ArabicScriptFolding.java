package io.marsad.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Character-level folding of Arabic-script text for matching: spelling variants that readers treat
 * as the same word map to one form.
 * <ul>
 *   <li>tatweel and harakat (including superscript alef) are removed;</li>
 *   <li>alef with hamza above/below, madda and wasla fold to bare alef; alef maksura to yeh;
 *       teh marbuta to heh; waw and yeh with hamza to waw and yeh;</li>
 *   <li>Persian and Urdu letters fold to their Arabic counterparts (ی → ي, ک → ك, ہ/ە → ه);</li>
 *   <li>Arabic-Indic and Persian digits become ASCII digits.</li>
 * </ul>
 * The same table is exported as Elasticsearch {@code mapping} char filter rules, so the index and
 * the services fold text identically. The text is NFKC-normalised first, which also turns
 * presentation forms (ﻻ, ﺑ…) into ordinary letters.
 */
public final class ArabicScriptFolding {

    private static final Map<Character, String> TABLE = buildTable();

    private ArabicScriptFolding() {}

    private static Map<Character, String> buildTable() {
        Map<Character, String> table = new LinkedHashMap<>();
        table.put('\u0640', ""); // tatweel
        for (char c = '\u064B'; c <= '\u065F'; c++) {
            table.put(c, ""); // fathatan … wavy hamza below: harakat and Quranic marks
        }
        table.put('\u0670', ""); // superscript alef
        table.put('\u0623', "\u0627"); // أ → ا
        table.put('\u0625', "\u0627"); // إ → ا
        table.put('\u0622', "\u0627"); // آ → ا
        table.put('\u0671', "\u0627"); // ٱ → ا
        table.put('\u0672', "\u0627"); // ٲ → ا
        table.put('\u0673', "\u0627"); // ٳ → ا
        table.put('\u0649', "\u064A"); // ى → ي
        table.put('\u0629', "\u0647"); // ة → ه
        table.put('\u0624', "\u0648"); // ؤ → و
        table.put('\u0626', "\u064A"); // ئ → ي
        table.put('\u06CC', "\u064A"); // Persian yeh ی → ي
        table.put('\u06D0', "\u064A"); // ې → ي
        table.put('\u06A9', "\u0643"); // keheh ک → ك
        table.put('\u06AA', "\u0643"); // swash kaf ڪ → ك
        table.put('\u06C1', "\u0647"); // heh goal ہ → ه
        table.put('\u06D5', "\u0647"); // ae ە → ه
        table.put('\u06C0', "\u0647"); // heh with yeh above ۀ → ه
        for (int d = 0; d <= 9; d++) {
            table.put((char) ('\u0660' + d), Integer.toString(d)); // Arabic-Indic digits
            table.put((char) ('\u06F0' + d), Integer.toString(d)); // Extended (Persian/Urdu) digits
        }
        return Collections.unmodifiableMap(table);
    }

    /** NFKC, then the folding table. */
    public static String fold(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            String replacement = TABLE.get(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }

    /** The folding table, character by character. */
    public static Map<Character, String> table() {
        return TABLE;
    }

    /**
     * The table as rules of Elasticsearch's {@code mapping} char filter ({@code "\\u0623 => \\u0627"};
     * an empty target deletes), for the index templates.
     */
    public static List<String> elasticsearchMappingRules() {
        List<String> rules = new ArrayList<>(TABLE.size());
        TABLE.forEach((from, to) -> rules.add(escape(String.valueOf(from)) + " => " + escape(to)));
        return rules;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x80 && Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
