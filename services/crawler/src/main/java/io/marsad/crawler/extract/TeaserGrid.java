package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

/**
 * A grid of teasers for other pages inside the article's container ("most popular", "more on this"),
 * whatever its class names: three or more sibling cards of one kind, each a picture, a link to
 * another page and a line or two of text, which make up nearly all of the grid's text. An article's
 * own parts are not like that: a gallery's pictures link to images, a listicle's items are longer.
 */
final class TeaserGrid {

    private static final Set<String> GRIDS = Set.of("div", "section", "ul", "ol");

    private static final int MIN_CARDS = 3;
    /** Longer than this, a card is a section of a listicle rather than a teaser. */
    private static final int MAX_CARD_TEXT = 300;
    /** The cards hold at least this share of the grid's text; the rest is its label ("Most popular"). */
    private static final double CARDS_SHARE = 0.7;
    private static final Set<String> IMAGE_FILES = Set.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif");

    private TeaserGrid() {}

    /** Whether the element is shaped as a grid: a list or box of enough children to hold cards. */
    static boolean mayBe(Element element) {
        return GRIDS.contains(element.normalName()) && element.childrenSize() >= MIN_CARDS;
    }

    /** {@code length}: the length of the element's text, which the caller has read. */
    static boolean is(Element element, int length) {
        if (!mayBe(element)) {
            return false;
        }
        Map<String, List<Element>> byKind = new HashMap<>();
        for (Element child : element.children()) {
            byKind.computeIfAbsent(child.normalName() + "." + child.className(), kind -> new ArrayList<>()).add(child);
        }
        for (List<Element> cards : byKind.values()) {
            if (cards.size() >= MIN_CARDS && allTeasers(cards)) {
                int cardsText = 0;
                for (Element card : cards) {
                    cardsText += card.text().length();
                }
                return cardsText >= CARDS_SHARE * length;
            }
        }
        return false;
    }

    private static boolean allTeasers(List<Element> cards) {
        Set<String> targets = new HashSet<>();
        for (Element card : cards) {
            int text = card.text().length();
            if (text == 0 || text > MAX_CARD_TEXT || card.selectFirst("img, picture") == null) {
                return false;
            }
            String target = pageLink(card);
            if (target == null || !targets.add(target)) {
                return false;
            }
        }
        return true;
    }

    /** The first link of a card to another page (not to a picture, not to a place on this one); null when it has none. */
    static String pageLink(Element card) {
        for (Element link : card.select("a[href]")) {
            String href = link.attr("href").trim();
            String path = href.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
            if (!href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:")
                && IMAGE_FILES.stream().noneMatch(path::endsWith)) {
                return href;
            }
        }
        return null;
    }
}
