package io.marsad.crawler.extract;

import java.util.List;

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

    private static final WordedPattern DISCLOSURE = WordedPattern.of(MAX_LENGTH,
        // a word every form below holds
        List.of("anzeige", "werbung", "werbende", "advertis", "sponsored", "gesponsert", "publicid",
        "publicit", "pubblicit", "реклам", "إعلان", "اعلان", "تبلیغات", "affili", "afiliad", "partner", "provision", "commission"),
        // the label alone, or opening the ad: "ANZEIGE", "*Werbung.", "[Werbung] …", "Anzeige: …"
        "^[\\s*]*" + LABEL + "[\\s*.:!]*$",
        "^\\s*(?:\\[" + LABEL + "]|\\(" + LABEL + "\\)|\\*?" + LABEL + "\\s*[-–—:.|*])",
        // affiliate links and commissions
        "\\baffiliate[-\\s]?links?\\b", "\\bliens?\\s+(?:d'\\s*)?affili", "\\benlaces?\\s+(?:de\\s+)?afiliad", "\\bpartner-?links?\\b",
        "\\beine\\s+provision\\s+erh", "\\b(?:earn|receive)s?\\s+(?:a|an\\s+affiliate)\\s+commission\\b",
        "\\b(?:werbende\\s+inhalte|enthält\\s+werbung|contains\\s+(?:paid\\s+)?advertising)\\b");

    private AdDisclosure() {}

    static boolean is(String text) {
        return DISCLOSURE.findIn(text);
    }
}
