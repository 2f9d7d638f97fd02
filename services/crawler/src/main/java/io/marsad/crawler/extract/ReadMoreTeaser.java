package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A box that teases another page whatever its class says: it opens with that page's headline as a link, cuts its lead
 * off ("…", "[...]") and closes with a short link to the same page ("Read more", "Читать новость..."). A roundup's item
 * also opens with a headline and closes with a button to the page it names ("Get the recipe"), but its text is whole.
 */
final class ReadMoreTeaser {

    private static final Set<String> BOXES = Set.of("div", "section", "aside", "li", "article");
    /** Shorter than this, a link's text is a label or a name, not another story's headline. */
    private static final int MIN_HEADLINE = 20;
    /** Longer than this, the closing link is a sentence, not a button. */
    private static final int MAX_BUTTON = 40;
    /** The lead cut off before the button ("… привычках и пов.....", "… the [...]"). */
    private static final Pattern CUT_OFF = Pattern.compile("(?:\\.{3,}|…|\\[(?:\\.{3}|…)])\\s*$");
    /** Longer than this, a box holds more than a teaser. */
    private static final int MAX_TEASER = 1_000;

    private ReadMoreTeaser() {}

    /** Whether a box's text is a lead cut off: short, and ending in "…" or "[...]" where a whole text ends in a sentence. */
    static boolean isCutOffLead(String text) {
        return text.length() < MAX_TEASER && CUT_OFF.matcher(text).find();
    }

    /** {@code text}: the box's text, which the caller has read. */
    static boolean is(Element box, String text) {
        // cheapest first: this asks every short box of every page, and few hold a lead cut off
        if (text.length() >= MAX_TEASER || text.indexOf("...") < 0 && text.indexOf('…') < 0 || !BOXES.contains(box.normalName())) {
            return false;
        }
        Elements links = box.select("a[href]");
        if (links.size() < 2) {
            return false;
        }
        Element button = links.last();
        String buttonText = button.text();
        if (buttonText.isEmpty() || buttonText.length() > MAX_BUTTON || !text.endsWith(buttonText)
            || !CUT_OFF.matcher(text.substring(0, text.length() - buttonText.length())).find()) {
            return false;
        }
        Element headline = firstWithText(links);
        if (headline == null || headline == button || headline.text().length() < MIN_HEADLINE || !text.startsWith(headline.text())) {
            return false;
        }
        String target = target(button);
        if (target.isEmpty() || !target.equals(target(headline))) {
            return false;
        }
        Document page = box.ownerDocument();
        return page == null || !target.equals(LinkTarget.pageOf(page.location()));
    }

    private static Element firstWithText(Elements links) {
        for (Element link : links) {
            if (!link.text().isEmpty()) {
                return link;
            }
        }
        return null;
    }

    /** Where a link goes, without the place on the page it scrolls to; empty for a link that goes nowhere. */
    private static String target(Element link) {
        String href = link.absUrl("href");
        return LinkTarget.pageOf(href.isEmpty() ? link.attr("href") : href);
    }
}
