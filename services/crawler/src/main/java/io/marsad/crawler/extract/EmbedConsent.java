package io.marsad.crawler.extract;

import java.util.List;

/**
 * What a page shows in place of a video, a post or a podcast it embeds until the reader consents to the other site's
 * content: its label ("Empfohlener redaktioneller Inhalt"), what the box holds ("An dieser Stelle finden Sie einen …
 * externen Inhalt … mit einem Klick anzeigen lassen") and the consent itself ("Ich bin damit einverstanden, dass mir
 * Inhalte von YouTube angezeigt werden", "personenbezogene Daten … an Drittplattformen übermittelt"). German publishers
 * share these words through their consent tools; the English forms say "external" or "third-party content". None of it
 * is the article's text. A paragraph that merely discusses such content is longer, or words it otherwise.
 */
final class EmbedConsent {

    /** Longer than this, a paragraph is text that happens to use these words. */
    private static final int MAX_LENGTH = 600;

    private static final WordedPattern CONSENT = WordedPattern.of(MAX_LENGTH,
        // a word every form below holds
        List.of("redaktioneller inhalt", "extern", "inhalte von", "drittplattform", "third-party content", "third party content"),
        "^\\s*empfohlener\\s+redaktioneller\\s+inhalt\\s*$",
        "\\beinverstanden,?\\s+dass\\s+mir\\s+(?:der\\s+|die\\s+)?(?:externen?\\s+inhalte?|inhalte\\s+von)\\b",
        "\\bexternen\\s+inhalt\\b.{0,200}\\bmit\\s+einem\\s+klick\\s+(?:anzeigen|einblenden|laden)",
        "\\bpersonenbezogene\\s+daten\\s+(?:können\\s+)?an\\s+drittplattformen\\b",
        "\\b(?:consent|agree|accept)\\b.{0,80}\\b(?:external|third[-\\s]party)\\s+content\\s+(?:to\\s+be\\s+)?(?:shown|displayed|loaded)\\b",
        "\\b(?:show|display|load)\\s+(?:the\\s+)?(?:external|third[-\\s]party)\\s+content\\b.{0,120}\\b(?:consent|agree|accept)");

    private EmbedConsent() {}

    static boolean is(String text) {
        return CONSENT.findIn(text);
    }
}
