package io.marsad.bench;

import java.util.Locale;

/**
 * Where a body holds the words a set says it opens with (Postlight Parser's tests give each page's first thirteen
 * words, not its whole text). Both are compared folded as titles are ({@link MetadataQuality#folded}) and without
 * white space, since that set's openings run one block's last word into the next one's first ("…said.The first").
 *
 * <p>The set's opening often starts with what its extractor kept and Marsad leaves out (a photo credit, a caption),
 * so the opening counts as found when its longest end the body holds is at least half of it.
 *
 * @param found whether at least half of the opening, ending where it ends, is in the body
 * @param charsBefore the body's characters (white space left out) before the part found; -1 when not found
 * @param charsMatched how much of the opening's end was found
 */
record BodyOpening(boolean found, int charsBefore, int charsMatched) {

    /** Text before the opening that still counts as the body's start: a dateline, a bullet, a quote mark. */
    static final int AT_START = 20;
    /**
     * Text before the opening that is one line of the page's own: the standfirst under the headline, which Marsad's body
     * opens with and this set's parser gives apart (its "dek"), or a dateline and byline.
     */
    static final int AFTER_A_LINE = 300;

    static BodyOpening of(String body, String opening) {
        String text = squeezed(body);
        String expected = squeezed(opening);
        for (int from = 0; from <= expected.length() / 2 && !expected.isEmpty(); from++) {
            int at = text.indexOf(expected.substring(from));
            if (at >= 0) {
                return new BodyOpening(true, at, expected.length() - from);
            }
        }
        return new BodyOpening(false, -1, 0);
    }

    boolean atStart() {
        return found && charsBefore <= AT_START;
    }

    boolean afterALine() {
        return found && charsBefore > AT_START && charsBefore <= AFTER_A_LINE;
    }

    private static String squeezed(String text) {
        return MetadataQuality.folded(text == null ? "" : text.replace("\u00ad", "")).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
