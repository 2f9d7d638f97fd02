package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Where an element sits in the page's tree: walked up its parents, as jsoup's elements are equal only to themselves. */
final class Ancestry {

    private Ancestry() {}

    /** Whether the element is the holder or inside it. */
    static boolean within(Element element, Element holder) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == holder) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is one of the holders or inside one of them. */
    static boolean insideAny(Element element, Set<Element> holders) {
        for (Element e = element; e != null; e = e.parent()) {
            if (holders.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
