package io.marsad.crawler.extract;

import java.util.List;

/**
 * The small print of advisers' and publishers' sites saying their text is no advice: "This material is not intended to
 * replace the advice of a qualified advisor… It is for informational purposes only" (an insurer's footer), "…do not
 * provide tax, legal or accounting advice" (an investment adviser's box under every post), "stellt keine Anlageberatung
 * dar", "à titre informatif". Long and full of clauses, it outvoted a short guide; it says nothing of the page's story.
 * A story about advice uses the words without disclaiming anything.
 */
final class AdviceDisclaimer {

    /** Longer than this, a paragraph is text that happens to hold such a sentence. */
    private static final int MAX_LENGTH = 800;
    /** Shorter than this, a line of small print cannot outvote a story, and is not worth reading. */
    private static final int MIN_LENGTH = 150;

    private static final WordedPattern DISCLAIMER = WordedPattern.ofGroups(MAX_LENGTH,
        // what the text is for: "for informational purposes only", "for general information only"
        WordedPattern.group(List.of("informational", "educational", "information purpose", "information only"),
            "\\bfor\\s+(?:general\\s+)?(?:informational|information|educational)(?:\\s+(?:and|or)\\s+(?:informational|educational|entertainment))?"
                + "\\s+(?:purposes?\\s+)?only\\b"),
        // what it is not: "is not intended to replace the advice", "does not constitute … advice", "should not be relied on as … advice"
        WordedPattern.group(List.of("advice"),
            "\\b(?:is|are)\\s+not\\s+(?:intended|meant)\\s+(?:to|as)\\b[^.]{0,60}\\badvice\\b",
            "\\b(?:does|do)\\s+not\\s+(?:provide|constitute|offer|give|render)\\b[^.]{0,50}\\badvice\\b",
            "\\bshould\\s+not\\s+be\\s+(?:construed|considered|relied\\s+(?:up)?on|used|taken)\\b[^.]{0,50}\\badvice\\b",
            "\\bnot\\s+(?:a\\s+substitute\\s+for|to\\s+be\\s+(?:construed|considered)\\s+as)\\b[^.]{0,40}\\badvice\\b"),
        WordedPattern.group(List.of("beratung dar", "der information", "zur information", "zu information"),
            "\\bstell(?:t|en)\\s+keine\\s+(?:\\w+\\s+){0,2}\\w*beratung\\s+dar\\b",
            "\\bdien(?:t|en)\\s+(?:ausschließlich|lediglich|nur|allein)\\s+(?:der|zur|zu)\\s+information"),
        WordedPattern.group(List.of("titre", "constitue"),
            "\\bà\\s+titre\\s+(?:purement\\s+|uniquement\\s+)?(?:informatif|indicatif)\\b",
            "\\bne\\s+constitu(?:e|ent)\\s+(?:en\\s+aucun\\s+cas\\s+)?(?:pas\\s+)?(?:un|des)\\s+conseils?\\b"),
        WordedPattern.group(List.of("informativos", "constituye"),
            "\\bcon\\s+fines\\s+(?:meramente\\s+|puramente\\s+|exclusivamente\\s+)?informativos\\b",
            "\\bno\\s+constituyen?\\s+(?:un\\s+|una\\s+)?(?:asesoramiento|recomendaci)"));

    private AdviceDisclaimer() {}

    static boolean is(String text) {
        return text.length() >= MIN_LENGTH && DISCLAIMER.findIn(text);
    }
}
