package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.function.IntPredicate;

/**
 * How much text an element holds, read only as far as needed: rules ask it of a line's parent or a picture's box, which
 * may be the whole page, and building the page's text to learn that it is long cost a tenth of extraction on long pages.
 */
final class TextSize {

    /** A header or a form with this many paragraphs of this length holds a story's text ({@link #holdsParagraphsOfText}). */
    static final int PARAGRAPHS_OF_TEXT = 3;
    static final int TEXT_PARAGRAPH = 100;

    private TextSize() {}

    /** Whether {@code element.text()} is longer than {@code max} characters. */
    static boolean exceeds(Element element, int max) {
        // letters and digits all stay in text(), so their count is a floor of its length: counted until it passes the bound
        return counts(element, Character::isLetterOrDigit, max) || element.text().length() > max;
    }

    /**
     * {@code element.text()} if it is no longer than {@code max} characters, else null: the text of a short box, read once
     * where a rule asks whether the box is short and then reads it.
     */
    static String textUnlessLonger(Element element, int max) {
        if (counts(element, Character::isLetterOrDigit, max)) {
            return null;
        }
        String text = element.text();
        return text.length() > max ? null : text;
    }

    /** Whether the element holds more than {@code characters} characters of text besides white space. */
    static boolean holdsMoreThan(Element element, int characters) {
        return counts(element, c -> !Character.isWhitespace(c), characters);
    }

    /** Whether more than {@code max} characters of the element's text nodes are {@code counted}, stopping once they are. */
    private static boolean counts(Element element, IntPredicate counted, int max) {
        int[] count = {0};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.getWholeText();
                    for (int i = 0; i < words.length(); i++) {
                        if (counted.test(words.charAt(i)) && ++count[0] > max) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return count[0] > max;
    }

    /** Letters and digits in a text: its words without the spaces and marks between them. */
    static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether an element holds paragraphs of text ({@link #PARAGRAPHS_OF_TEXT} of {@link #TEXT_PARAGRAPH} characters), as a
     * story does and a page's header or a form's fields, labels and small print do not.
     */
    static boolean holdsParagraphsOfText(Element element) {
        int paragraphs = 0;
        for (Element p : Selectors.select(element, Selectors.PARAGRAPHS)) {
            if (p.text().length() >= TEXT_PARAGRAPH && ++paragraphs >= PARAGRAPHS_OF_TEXT) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text under an element, white space included: cheaper than its text() when only a share is wanted. */
    static long characters(Element element) {
        long[] length = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                length[0] += text.getWholeText().length();
            }
        }, element);
        return length[0];
    }
}
