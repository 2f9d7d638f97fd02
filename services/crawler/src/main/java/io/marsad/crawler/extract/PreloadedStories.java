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
        List<Element> headlines = Selectors.select(root, Selectors.HEADLINES);
        if (headlines.size() < 2) {
            return;
        }
        String wanted = PlainText.comparable(title);
        Element own = null;
        Element next = null;
        for (Element headline : headlines) {
            if (own == null) {
                if (!headline.className().isBlank() && readsAs(PlainText.comparable(headline.text()), wanted)) {
                    own = headline;
                }
            } else if (headline.className().equals(own.className()) && !readsAs(PlainText.comparable(headline.text()), wanted)
                && !isSubheading(headline, own)) {
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
        for (Element element : Selectors.all(root)) {
            if (element == next) {
                after = true;
            }
            if (after && !ancestors.contains(element) && (doomed.isEmpty() || !Ancestry.within(element.parent(), doomed.getLast()))) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * Whether a headline heads a part of the story: it sits in a section nested in what holds the
     * story's own headline (an HTML5 book chapter's {@code <section>}s each begin with an
     * {@code <h1>} of the chapter's class). A preloaded story sits beside the story, not inside it.
     */
    private static boolean isSubheading(Element headline, Element own) {
        Element story = own.parent();
        return story != null && headline.parent() != story && Ancestry.within(headline.parent(), story);
    }

    /** The page title often carries the site's name around the headline ("Diario HOY | …"). */
    private static boolean readsAs(String headline, String title) {
        return headline.length() >= MIN_HEADLINE && (title.contains(headline) || headline.contains(title));
    }
}
