package io.marsad.crawler.extract;

import java.util.List;

/**
 * The site marking advertising or affiliate links: an ad's label alone ("Anzeige", "Publicidad"), or
 * opening the ad ("ANZEIGE - Heute mal ausgehen?", "*Werbung. Dieser Beitrag enthält Werbung für…",
 * "[Werbung] Thiele, C. (2021)…"), an ad slot's line saying the story goes on after it ("Story continues below
 * advertisement", "Continua depois da publicidade"), and the notices blogs and magazines print about affiliate links
 * ("Dieser Artikel enthält Affiliate-Links…", "…von denen outdoor-magazin eine Provision erhält").
 * None of it is the article's text, wherever it stands. A paragraph that merely uses the word (an
 * article about advertising) neither is the label nor opens with it.
 */
final class AdDisclosure {

    /** Longer than this, a paragraph is text that happens to use these words. */
    private static final int MAX_LENGTH = 400;

    private static final String LABEL = "(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|publicidad|publicité|pubblicità"
        + "|publicidade|реклама|إعلان|اعلان|تبلیغات)";

    /** Each group tried where its own word stands: "partner" and "commission" stand in many a news story. */
    private static final WordedPattern DISCLOSURE = WordedPattern.ofGroups(MAX_LENGTH,
        // the label alone, or opening the ad: "ANZEIGE", "*Werbung.", "[Werbung] …", "Anzeige: …"
        WordedPattern.group(List.of("anzeige", "werbung", "werbende", "advertis", "sponsored", "gesponsert", "publicid", "publicit", "pubblicit",
                "реклам", "إعلان", "اعلان", "تبلیغات"),
            "^[\\s*]*" + LABEL + "[\\s*.:!]*$",
            "^\\s*(?:\\[" + LABEL + "]|\\(" + LABEL + "\\)|\\*?" + LABEL + "\\s*[-–—:.|*])",
            "\\b(?:werbende\\s+inhalte|enthält\\s+werbung|contains\\s+(?:paid\\s+)?advertising)\\b"),
        // an ad slot's line telling the reader the text goes on after it: "Story continues below advertisement" (Postmedia,
        // Global News), "(Story continues below)" (AP's pages of 2005), "CONTINUA DEPOIS DA PUBLICIDADE" (Brazilian sites)
        WordedPattern.group(List.of("continu", "continú", "suite", "weiter", "fortsetzung", "продолжение", "verder"),
            "^[\\s(\\[*]*(?:(?:the\\s+)?(?:story|article|text|post)\\s+continues\\s+(?:below|after(?:\\s+(?:the|this))?)"
                + "(?:\\s+(?:the\\s+|this\\s+)?(?:advertisement|advert|ad|sponsored\\s+content|gallery|video))?"
                + "|(?:a\\s+)?(?:matéria|reportagem|notícia|texto)?\\s*continua\\s+(?:depois|após|abaixo)(?:\\s+d[ao]s?)?\\s+(?:a\\s+)?(?:publicidade|anúncio)"
                + "|(?:el\\s+)?(?:artículo|texto|noticia)?\\s*contin[uú]a\\s+(?:después|tras)\\s+(?:de\\s+)?(?:la\\s+)?(?:publicidad|anuncio)"
                + "|la\\s+suite\\s+(?:après|ci-dessous)(?:\\s+(?:cette|la))?(?:\\s+publicité)?"
                + "|(?:der\\s+)?(?:artikel|text)\\s+geht\\s+(?:unter|nach)\\s+der\\s+(?:anzeige|werbung)\\s+weiter"
                + "|weiterlesen\\s+(?:unter|nach)\\s+der\\s+(?:anzeige|werbung)|fortsetzung\\s+(?:unter|nach)\\s+der\\s+(?:anzeige|werbung)"
                + "|(?:l'\\s*)?articolo\\s+continua\\s+(?:dopo|sotto)(?:\\s+la)?\\s+pubblicità|lees\\s+verder\\s+(?:na|onder)\\s+de\\s+advertentie"
                + "|продолжение\\s+(?:после|ниже)(?:\\s+рекламы)?)[\\s).\\]:*…]*$"),
        // affiliate links and commissions
        WordedPattern.group(List.of("affili", "afiliad"),
            "\\baffiliate[-\\s]?links?\\b", "\\bliens?\\s+(?:d'\\s*)?affili", "\\benlaces?\\s+(?:de\\s+)?afiliad"),
        WordedPattern.group(List.of("partner"), "\\bpartner-?links?\\b"),
        WordedPattern.group(List.of("provision"), "\\beine\\s+provision\\s+erh"),
        WordedPattern.group(List.of("commission"), "\\b(?:earn|receive)s?\\s+(?:a|an\\s+affiliate)\\s+commission\\b"));

    private AdDisclosure() {}

    static boolean is(String text) {
        return DISCLOSURE.findIn(text);
    }
}
