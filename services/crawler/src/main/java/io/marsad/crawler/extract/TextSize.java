package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.function.IntPredicate;

/**
 * How much text an element holds, read only as far as needed: rules ask it of a line's parent or a picture's box, which
 * may be the whole page, and building the page's text to learn that it is long cost a tenth of extraction on long pages.
 */
final class TextSize {

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
}
