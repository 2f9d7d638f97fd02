package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the standfirst (the lead, "chapô", teaser) that many sites write apart from the body, in
 * the article's header or above its picture, where the voting for the body's container does not
 * reach. It is recognised by the description the page gives of itself, which most CMSs fill from it.
 */
final class Standfirst {

    private static final org.jsoup.select.Evaluator NOT_SHOWN_AS_TEXT = org.jsoup.select.QueryParser.parse(
        "footer, nav, aside, a, [role=navigation], [role=contentinfo], [hidden], [aria-hidden=true], script, noscript, template");

    /** Shorter descriptions are slogans or headlines, too weak to recognise a paragraph by. */
    private static final int MIN_LENGTH = 60;
    /** How much of a description must open the element's text (descriptions are often cut to 150–160 characters). */
    private static final int PREFIX = 40;
    private static final int MAX_LENGTH = 1500;
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, div, section";

    private Standfirst() {}

    /**
     * The page's standfirst as text, if the page shows one that the body does not already hold.
     *
     * @param page         the page's body as parsed (hidden elements are passed over)
     * @param descriptions the page's own descriptions of the article
     * @param body         the body paragraphs found so far
     */
    static Optional<String> find(Element page, List<String> descriptions, List<String> body) {
        String bodyText = PlainText.comparable(String.join(" ", body));
        Set<String> tried = new HashSet<>();
        for (String description : descriptions) {
            String wanted = PlainText.comparable(withoutEllipsis(description));
            if (wanted.length() < MIN_LENGTH || !tried.add(wanted) || bodyText.contains(wanted.substring(0, PREFIX))) {
                continue;
            }
            String clean = PlainText.clean(description);
            Opening opening = new Opening(wanted.substring(0, PREFIX / 2), longestOpeningWord(clean));
            // its first words a link or bold ("<a>VW</a> hat den Prototyp…", golem.de): no text node holds the opening, so the
            // words after it are looked for in the same pass, unless the body holds them
            boolean nextWordsWanted = wanted.length() >= PREFIX / 2 + PREFIX && !bodyText.contains(wanted.substring(PREFIX / 2, PREFIX / 2 + PREFIX));
            Opening nextWords = nextWordsWanted ? new Opening(wanted.substring(PREFIX / 2, PREFIX), longestOpeningWord(clean.substring(PREFIX / 2)))
                : null;
            Optional<String> shown = shownAs(page, wanted, opening, nextWords);
            if (shown.isPresent()) {
                return shown;
            }
        }
        return Optional.empty();
    }

    /** Words a text node must hold, compared without case and punctuation; first its longest word as written (cheaper). */
    private record Opening(String comparable, String word) {}

    /**
     * The text of the element that reads as the description, found from the text node holding its opening words or, where
     * none does, the words that follow them ({@code nextWords}, or null).
     */
    private static Optional<String> shownAs(Element page, String wanted, Opening opening, Opening nextWords) {
        Element[] found = new Element[2];
        boolean[] inCaption = new boolean[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof TextNode text) || !(text.parent() instanceof Element parent)) {
                    return FilterResult.CONTINUE;
                }
                String whole = text.getWholeText();
                boolean mayOpen = found[0] == null && whole.contains(opening.word());
                boolean mayGoOn = nextWords != null && found[1] == null && whole.contains(nextWords.word());
                if (!mayOpen && !mayGoOn) {
                    return FilterResult.CONTINUE;
                }
                String comparable = PlainText.comparable(whole);
                if (mayOpen && comparable.contains(opening.comparable())) {
                    found[0] = readingAs(parent, wanted);
                    inCaption[0] = parent.closest(CAPTION) != null;
                    if (found[0] != null) {
                        return FilterResult.STOP;
                    }
                }
                if (mayGoOn && comparable.contains(nextWords.comparable())) {
                    found[1] = readingAs(parent, wanted);
                    inCaption[1] = parent.closest(CAPTION) != null;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        int chosen = found[0] != null ? 0 : 1;
        return Optional.ofNullable(found[chosen]).map(element -> PlainText.clean(element.text()))
            .filter(text -> !inCaption[chosen] || text.length() >= MIN_LEAD_IN_CAPTION);
    }

    private static final org.jsoup.select.Evaluator CAPTION = org.jsoup.select.QueryParser.parse("figcaption");
    /**
     * Shorter than this, text in a picture's caption that reads as the description is the caption, which a site may give
     * as the article's description ("Kräfte der Berliner Feuerwehr sind … im Einsatz."); a lead some sites write into the
     * caption of the opening picture is a paragraph.
     */
    private static final int MIN_LEAD_IN_CAPTION = 200;

    /**
     * The largest element from {@code start} up whose text opens with the description and is not
     * much longer, but no larger than the first block that holds the whole description: what its box
     * writes after it (the date, a picture's caption) is not the standfirst.
     */
    private static Element readingAs(Element start, String wanted) {
        Element best = null;
        for (Element element = start; element != null; element = element.parent()) {
            if (element.is(NOT_SHOWN_AS_TEXT)
                || element.attr("style").replace(" ", "").contains("display:none")) {
                return null;
            }
            String text = PlainText.comparable(element.text());
            if (text.length() > Math.min(MAX_LENGTH, wanted.length() * 2 + 100)) {
                break;
            }
            if (text.length() >= MIN_LENGTH && (text.startsWith(wanted.substring(0, PREFIX)) && (text.startsWith(wanted) || wanted.startsWith(text)
                || text.length() >= wanted.length()))) {
                best = element;
                if (text.startsWith(wanted) && element.is(BLOCKS)) {
                    break;
                }
            }
        }
        return best;
    }

    /** The longest of the description's first words, as written: a cheap first test of each text node. */
    private static String longestOpeningWord(String description) {
        String longest = "";
        String[] words = description.substring(0, Math.min(PREFIX / 2, description.length())).split(" ");
        for (int i = 0; i < words.length - 1; i++) { // the last may be cut
            if (words[i].length() > longest.length()) {
                longest = words[i];
            }
        }
        return longest.isEmpty() ? words[0] : longest;
    }

    private static String withoutEllipsis(String text) {
        return text.replaceAll("\\s*(?:\\[…]|\\[\\.\\.\\.]|…|\\.\\.\\.)\\s*$", "");
    }

}
