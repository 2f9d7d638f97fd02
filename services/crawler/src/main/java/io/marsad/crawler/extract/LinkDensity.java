package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * The share of an element's text that sits inside links: high for menus, lists of headlines and tag clouds, low for prose.
 * A link around paragraphs of prose is no link a reader follows but a story a page made clickable (ntdtv.com wraps a video's
 * whole transcript, paragraph after paragraph, in a link to its text version): its text counts as prose.
 */
final class LinkDensity {

    /** A teaser's headline and lead fit in this, in one link; a story is longer. */
    private static final int MIN_PROSE_LINK = 300;
    /** Paragraph breaks in it, at least: a teaser's lead is one paragraph. */
    private static final int MIN_PROSE_BREAKS = 2;

    private LinkDensity() {}

    static double of(Element element) {
        return of(element, element.text().length());
    }

    /** The same, for an element whose text length is known. */
    static double of(Element element, int total) {
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : Selectors.select(element, Selectors.LINKS)) {
            int length = link.text().length();
            linked += length >= MIN_PROSE_LINK && isProse(link) ? 0 : length;
        }
        return Math.min(1, (double) linked / total);
    }

    /** Whether a link holds paragraphs of prose, by its length and its breaks ({@code <br>}s or {@code <p>}s). */
    static boolean isProse(Element link) {
        return breaksParagraphs(link) && TextSize.holdsMoreThan(link, MIN_PROSE_LINK - 1);
    }

    private static boolean breaksParagraphs(Element link) {
        int breaks = 0;
        for (Element child : link.children()) {
            if ((child.nameIs("br") || child.nameIs("p")) && ++breaks >= MIN_PROSE_BREAKS) {
                return true;
            }
        }
        return false;
    }
}
