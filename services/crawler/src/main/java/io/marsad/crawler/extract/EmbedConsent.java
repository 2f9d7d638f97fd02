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

    /** Each group tried where its own word stands: "extern" stands in many an English sentence ("external"). */
    private static final WordedPattern CONSENT = WordedPattern.ofGroups(MAX_LENGTH,
        WordedPattern.group(List.of("redaktioneller inhalt"), "^\\s*empfohlener\\s+redaktioneller\\s+inhalt\\s*$"),
        WordedPattern.group(List.of("einverstanden"),
            "\\beinverstanden,?\\s+dass\\s+mir\\s+(?:der\\s+|die\\s+)?(?:externen?\\s+inhalte?|inhalte\\s+von)\\b"),
        WordedPattern.group(List.of("klick"), "\\bexternen\\s+inhalt\\b.{0,200}\\bmit\\s+einem\\s+klick\\s+(?:anzeigen|einblenden|laden)"),
        WordedPattern.group(List.of("drittplattform"), "\\bpersonenbezogene\\s+daten\\s+(?:können\\s+)?an\\s+drittplattformen\\b"),
        WordedPattern.group(List.of("external content", "third-party content", "third party content"),
            "\\b(?:consent|agree|accept)\\b.{0,80}\\b(?:external|third[-\\s]party)\\s+content\\s+(?:to\\s+be\\s+)?(?:shown|displayed|loaded)\\b",
            "\\b(?:show|display|load)\\s+(?:the\\s+)?(?:external|third[-\\s]party)\\s+content\\b.{0,120}\\b(?:consent|agree|accept)"));

    private EmbedConsent() {}

    static boolean is(String text) {
        return CONSENT.findIn(text);
    }
}
