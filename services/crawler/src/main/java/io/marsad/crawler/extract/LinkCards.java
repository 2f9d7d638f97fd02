package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.net.URI;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Boxes a script makes into links: a card that names another page in {@code data-href} and sends the reader there when
 * clicked holds no {@code <a>}, so its headline and lead counted as text, and a "Most popular" card with a long lead
 * outvoted a short story (react2424.com). Its content is put inside a link to that page, which is what it is to a
 * reader, and its paragraphs do not vote, as the site's other stories' leads do not ({@link MainContent}). A box that
 * names the page itself (an infinite-scroll story marking its own address) or holds the page's headline stays as it is.
 */
final class LinkCards {

    private static final Selectors.Query CARDS = Selectors.query("[data-href]");

    private LinkCards() {}

    /**
     * @param location  where the page was fetched from, against which a card's address is resolved; may be empty or null
     * @param canonical the page's canonical URL; may be null
     * @return the cards
     */
    static Set<Element> wrap(Element root, String location, String canonical) {
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element card : Selectors.select(root, CARDS)) {
            String target = pageOf(resolved(location, card.attr("data-href").strip()));
            if (target.isEmpty() || target.equals(pageOf(location)) || target.equals(pageOf(canonical))
                || card.nameIs("a") || card.closest("a") != null || card.selectFirst("a, h1") != null) {
                continue;
            }
            Element link = new Element("a").attr("href", target);
            for (Node child : List.copyOf(card.childNodes())) {
                link.appendChild(child);
            }
            card.appendChild(link);
            cards.add(card);
        }
        return cards;
    }

    private static String resolved(String location, String address) {
        if (location == null || location.isEmpty() || address.isEmpty()) {
            return address;
        }
        try {
            return URI.create(location).resolve(address).toString();
        } catch (IllegalArgumentException e) {
            return address; // not an address a browser would follow either
        }
    }

    /** The page an address leads to ({@link LinkTarget}); empty for one that is not a web page's. */
    private static String pageOf(String address) {
        return address == null || !address.startsWith("http://") && !address.startsWith("https://") ? "" : LinkTarget.pageOf(address);
    }
}
