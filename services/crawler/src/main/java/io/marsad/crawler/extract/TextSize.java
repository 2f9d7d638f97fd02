package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Whether an element's text is longer than a bound, read only as far as needed: rules ask it of a line's parent, which
 * may be the whole page, and building the page's text to learn that it is long cost a tenth of extraction on long pages.
 */
final class TextSize {

    private TextSize() {}

    /** Whether {@code element.text()} is longer than {@code max} characters. */
    static boolean exceeds(Element element, int max) {
        // letters and digits all stay in text(), so their count is a floor of its length: counted until it passes the bound
        int[] letters = {0};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.getWholeText();
                    for (int i = 0; i < words.length(); i++) {
                        if (Character.isLetterOrDigit(words.charAt(i)) && ++letters[0] > max) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return letters[0] > max || element.text().length() > max;
    }
}
