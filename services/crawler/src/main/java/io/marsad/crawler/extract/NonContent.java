package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Removes what never holds article text wherever it stands: code, styles, embeds and controls, hidden elements, and
 * forms (search, login, comment and newsletter boxes). Page furniture, which depends on where it stands and what it
 * holds, is {@link Boilerplate}'s.
 */
final class NonContent {

    /** Ruby annotations (rt, rp) too: the readings printed over Japanese and Chinese words, which split the words they gloss. */
    static final Selectors.Query NEVER_CONTENT = Selectors.tags("script", "style", "noscript", "template", "svg", "canvas", "iframe",
        "object", "embed", "button", "input", "select", "textarea", "dialog", "link", "meta", "rt", "rp");
    /**
     * Hidden by attribute, and skip links hidden by class: a link to a place further down the page that only screen
     * readers follow ({@code <a class="hidden" href="#story_continues_1">Continue reading the main story</a>} before each
     * box on BBC News's story pages), and headings hidden by class, which label a page's regions for screen readers
     * ({@code <h2 class="conHeadline hidden">Hauptinhalt</h2>}, "Neuer Abschnitt" before each box on mdr.de; Bootstrap's
     * {@code text-hide} on slf.ch). A box hidden by class may be text a button reveals; a heading is not. A paragraph of
     * prose hidden from screen readers only is shown on screen: TechRadar and the other Future sites write the story's
     * paragraphs after its opening as {@code <p class="paywall" aria-hidden="true">}.
     */
    static final Selectors.Query HIDDEN = Selectors.anyOf(
        Selectors.onlyWhere(e -> e.hasAttr("hidden") || e.hasAttr("aria-hidden") && !isShownProse(e), "[hidden], [aria-hidden=true]"),
        Selectors.onlyWhere(e -> e.nameIs("a") && e.hasAttr("class"), "a[href^=#].hidden, a[href^=#].invisible"),
        Selectors.onlyWhere(e -> Boilerplate.HEADINGS.contains(e.normalName()) && e.hasAttr("class"),
            hiddenHeadings("hidden", "sr-only", "visually-hidden", "text-hide", "screen-reader-text")));
    /** What a {@code <video>} or {@code <audio>} holds is shown only where it cannot play. */
    static final Selectors.Query MEDIA = Selectors.tags("video", "audio");
    private static final Selectors.Query STYLED = Selectors.query("[style]");
    private static final Selectors.Query FORMS = Selectors.tags("form");

    private NonContent() {}

    /** A paragraph long enough to be prose, which {@code aria-hidden} alone hides only from screen readers. */
    private static boolean isShownProse(Element element) {
        return element.nameIs("p") && TextSize.exceeds(element, TextSize.TEXT_PARAGRAPH);
    }

    /** Headings of any level with one of these classes, the ones CSS frameworks hide from sight ("sr-only", "text-hide"). */
    private static String hiddenHeadings(String... classes) {
        StringJoiner selectors = new StringJoiner(", ");
        for (String level : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            for (String name : classes) {
                selectors.add(level + "." + name);
            }
        }
        return selectors.toString();
    }

    /**
     * Removes elements that never hold article text, wherever they are; the parts a React page streams hidden are put
     * in place first ({@link StreamedSegments}).
     */
    static void remove(Element root) {
        // first, while the scripts and templates that place them are there: a React page's streamed parts are hidden until placed
        Elements hidden = Selectors.select(root, HIDDEN);
        if (StreamedSegments.place(root, hidden)) {
            hidden = Selectors.select(root, HIDDEN);
        }
        Polls.remove(root); // by their buttons, before the buttons go
        Selectors.select(root, NEVER_CONTENT).remove();
        // what a <video> or <audio> holds is shown only where it cannot play ("To view this video please enable
        // JavaScript…", video.js); the element itself stays, a picture's place beside the text
        Selectors.select(root, MEDIA).forEach(Element::empty);
        removeForms(root);
        hidden.remove();
        for (Element element : Selectors.select(root, STYLED)) {
            String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                element.remove();
            }
        }
    }

    /**
     * Removes forms (search, login, comment and newsletter boxes), but not one that holds most of the
     * page's text: ASP.NET WebForms sites wrap the whole page, article included, in one form
     * ({@code aspnetForm}), and removing it emptied their articles. Nor one that holds paragraphs of text: a shop
     * writes its product's description inside the form that puts it in the basket.
     */
    private static void removeForms(Element root) {
        Elements forms = Selectors.select(root, FORMS);
        if (forms.isEmpty()) {
            return;
        }
        long pageText = TextSize.characters(root);
        List<Element> headlines = Selectors.select(root, Selectors.HEADLINES);
        Element headline = headlines.isEmpty() ? null : headlines.getFirst();
        for (Element form : forms) {
            long formText = TextSize.characters(form);
            if (formText * 2 < pageText && !isWebFormsPage(form) && !TextSize.holdsParagraphsOfText(form)
                && !isStoryWrapper(form, formText, headline)) {
                form.remove();
            }
        }
    }

    /**
     * A form that holds the page's headline and a story's worth of text after it: China's economic news portal wraps each
     * article in the form that mails it to a friend ({@code formarticle}), its text written between {@code <br>}s in lines
     * shorter than a paragraph of Latin text. A search, login or comment box holds no headline of the page.
     */
    private static boolean isStoryWrapper(Element form, long formText, Element headline) {
        return headline != null && formText >= (long) TextSize.TEXT_PARAGRAPH * TextSize.PARAGRAPHS_OF_TEXT && headline.parents().contains(form);
    }

    /**
     * ASP.NET WebForms's one server form, which wraps a page's content whatever share of the text it holds (the side
     * columns may sit outside it): named "aspnetForm" by its master pages. No search or login box is named so.
     */
    private static boolean isWebFormsPage(Element form) {
        return form.id().equalsIgnoreCase("aspnetForm") || form.attr("name").equalsIgnoreCase("aspnetForm");
    }
}
