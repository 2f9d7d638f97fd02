package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * Links to other stories' headlines, each a link alone in what holds it: what a teaser card or a list of the site's
 * stories holds, and a block of the story itself does not.
 */
final class HeadlineLinks {

    /** A headline's length at least: shorter links are a paragraph's words, a tag or a button. */
    private static final int MIN_HEADLINE_LINK = 20;

    private HeadlineLinks() {}

    /**
     * Whether a block links at least {@code count} headlines of other pages. A link to a heading of this page is a table
     * of contents' entry (restroworks.com's guide opens with one), no other story's.
     */
    static boolean atLeast(Element block, int count) {
        int headlines = 0;
        for (Element link : Selectors.select(block, Selectors.LINKS)) {
            String text = link.text();
            if (text.length() >= MIN_HEADLINE_LINK && link.hasAttr("href") && !link.attr("href").startsWith("#") && link.parent() != null
                && link.parent().text().length() == text.length() && ++headlines >= count) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block links one headline at least: a teaser card does, a block of a story does not. */
    static boolean any(Element block) {
        return atLeast(block, 1);
    }
}
