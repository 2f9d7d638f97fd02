package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Cuts the stories an infinite-scroll page preloads after the one it is about. Such pages repeat
 * the story's layout, headline class included; a longer preloaded story would otherwise outvote
 * the page's own.
 */
final class PreloadedStories {

    private static final int MIN_HEADLINE = 15;

    private PreloadedStories() {}

    /**
     * Removes everything from the first headline of the same class as the page's own headline
     * (the {@code <h1>} that reads as {@code title}) onwards, in document order.
     */
    static void cut(Element root, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        List<Element> headlines = root.select("h1");
        if (headlines.size() < 2) {
            return;
        }
        String wanted = BodyText.comparable(title);
        Element own = null;
        Element next = null;
        for (Element headline : headlines) {
            if (own == null) {
                if (!headline.className().isBlank() && readsAs(BodyText.comparable(headline.text()), wanted)) {
                    own = headline;
                }
            } else if (headline.className().equals(own.className()) && !readsAs(BodyText.comparable(headline.text()), wanted)) {
                next = headline;
                break;
            }
        }
        if (next == null) {
            return;
        }
        Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        ancestors.addAll(next.parents());
        List<Element> doomed = new ArrayList<>();
        boolean after = false;
        for (Element element : root.getAllElements()) {
            if (element == next) {
                after = true;
            }
            if (after && !ancestors.contains(element) && (doomed.isEmpty() || !isInside(element, doomed.getLast()))) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The page title often carries the site's name around the headline ("Diario HOY | …"). */
    private static boolean readsAs(String headline, String title) {
        return headline.length() >= MIN_HEADLINE && (title.contains(headline) || headline.contains(title));
    }

    private static boolean isInside(Element element, Element container) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

}
