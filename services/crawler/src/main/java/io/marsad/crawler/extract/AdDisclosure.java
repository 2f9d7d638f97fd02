package io.marsad.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site marking advertising or affiliate links: an ad's label alone ("Anzeige", "Publicidad"), or
 * opening the ad ("ANZEIGE - Heute mal ausgehen?", "*Werbung. Dieser Beitrag enthält Werbung für…",
 * "[Werbung] Thiele, C. (2021)…"), and the notices blogs and magazines print about affiliate links
 * ("Dieser Artikel enthält Affiliate-Links…", "…von denen outdoor-magazin eine Provision erhält").
 * None of it is the article's text, wherever it stands. A paragraph that merely uses the word (an
 * article about advertising) neither is the label nor opens with it.
 */
final class AdDisclosure {

    /** Longer than this, a paragraph is text that happens to use these words. */
    private static final int MAX_LENGTH = 400;

    private static final String LABEL = "(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|publicidad|publicité|pubblicità"
        + "|publicidade|реклама|إعلان|اعلان|تبلیغات)";

    private static final Pattern DISCLOSURE = Pattern.compile(String.join("|",
        // the label alone, or opening the ad: "ANZEIGE", "*Werbung.", "[Werbung] …", "Anzeige: …"
        "^[\\s*]*" + LABEL + "[\\s*.:!]*$",
        "^\\s*(?:\\[" + LABEL + "]|\\(" + LABEL + "\\)|\\*?" + LABEL + "\\s*[-–—:.|*])",
        // affiliate links and commissions
        "\\baffiliate[-\\s]?links?\\b", "\\bliens?\\s+(?:d'\\s*)?affili", "\\benlaces?\\s+(?:de\\s+)?afiliad", "\\bpartner-?links?\\b",
        "\\beine\\s+provision\\s+erh", "\\b(?:earn|receive)s?\\s+(?:a|an\\s+affiliate)\\s+commission\\b",
        "\\b(?:werbende\\s+inhalte|enthält\\s+werbung|contains\\s+(?:paid\\s+)?advertising)\\b"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A word every form above holds: the pattern runs only on a text with one of them, as it is tried on every block. */
    private static final List<String> STEMS = List.of("anzeige", "werbung", "werbende", "advertis", "sponsored", "gesponsert", "publicid",
        "publicit", "pubblicit", "реклам", "إعلان", "اعلان", "تبلیغات", "affiliat", "affili", "afiliad", "partner", "provision", "commission");

    private AdDisclosure() {}

    static boolean is(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.contains(stem)) {
                return DISCLOSURE.matcher(text).find();
            }
        }
        return false;
    }
}
