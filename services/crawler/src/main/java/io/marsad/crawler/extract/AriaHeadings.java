package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * Subheadings written as ARIA headings: {@code <div role="heading" aria-level="3">New Tricks</div>} between two paragraphs
 * on wired.com. A div of a few words between paragraphs reads as a stray line and is dropped, so such an element is
 * given the heading's tag its role and level name (level 2 where none is given, as ARIA's default, and for level 1: an
 * {@code <h1>} in the body is read as the page's title, not as a line of the text), and is then read as any {@code <h3>} is.
 * A link so marked, or a heading inside a link, is left as it is.
 */
final class AriaHeadings {

    private static final Selectors.Query ROLE_HEADING = Selectors.onlyWhere(e -> e.hasAttr("role"), "[role=heading]");
    private static final int DEFAULT_LEVEL = 2;

    private AriaHeadings() {}

    static void tag(Element root) {
        for (Element heading : Selectors.select(root, ROLE_HEADING)) {
            // a teaser's headline link so marked still sends the reader to another story: renamed, it would read as a subheading
            if (!Boilerplate.HEADINGS.contains(heading.normalName()) && heading.closest(Selectors.LINKS) == null) {
                heading.tagName("h" + level(heading.attr("aria-level")));
            }
        }
    }

    private static int level(String ariaLevel) {
        try {
            return Math.clamp(Integer.parseInt(ariaLevel.strip()), DEFAULT_LEVEL, 6);
        } catch (NumberFormatException e) {
            return DEFAULT_LEVEL;
        }
    }
}
