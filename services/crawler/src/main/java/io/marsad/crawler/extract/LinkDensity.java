package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

/** The share of an element's text that sits inside links: high for menus, lists of headlines and tag clouds, low for prose. */
final class LinkDensity {

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
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / total);
    }
}
