package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The slides of a story told in slides after its introduction: a slideshow (Business Insider's) or a list post (Diply's)
 * writes an introduction, which wins the votes, then a run of boxes of one kind, each a picture under a heading that is a
 * sentence of the story, with a paragraph or none. The slides' headings carry no link (a teaser's headline links its
 * story) and most end as sentences do (a section's heading is a name, "Origin of the word"): that, and four slides or
 * more, is the evidence. They are looked for in what holds the introduction, a few levels up, after it.
 */
final class Slides {

    /** A slideshow's slides sit a few boxes away from its introduction (slide, wrapper, container, inner section). */
    private static final int MAX_SCOPE_LEVELS = 5;
    private static final int MIN_SLIDES = 4;
    private static final int MIN_HEADING_WORDS = 3;
    /** A slide may link a source or two; the slides together are prose, not a list of links. */
    private static final double MAX_BOX_LINK_DENSITY = 0.5;
    private static final double MAX_LINK_DENSITY = 0.25;
    private static final Selectors.Query HEADINGS = Selectors.tags("h2", "h3", "h4");
    /** A sentence's end, before a closing quote or bracket: "…", "level 3.", "(video)." */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Evaluator LINK = new Evaluator.Tag("a");

    private Slides() {}

    /** The content with the slides that follow it appended in the page's order; the content itself when there are none. */
    static List<Element> withSlidesAfter(List<Element> content, Element body) {
        if (content.isEmpty() || content.contains(body)) {
            return content;
        }
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(content);
        Element scope = content.getFirst();
        for (int level = 0; level < MAX_SCOPE_LEVELS && scope.parent() != null && scope.parent() != body; level++) {
            scope = scope.parent();
        }
        if (headingsOutside(scope, chosen) < MIN_SLIDES) {
            return content; // most pages: no run of slides can be there, and the boxes are not grouped
        }
        List<Element> slides = slidesIn(scope, content.getLast(), chosen);
        if (slides.isEmpty()) {
            return content;
        }
        List<Element> out = new ArrayList<>(content);
        out.addAll(slides);
        return out;
    }

    /** The longest run of slides in the scope after the last element of the content, or none. */
    private static List<Element> slidesIn(Element scope, Element last, Set<Element> chosen) {
        List<Element> best = List.of();
        for (Element holder : Selectors.all(scope)) {
            if (holder.childrenSize() < MIN_SLIDES || Ancestry.insideAny(holder, chosen)) {
                continue;
            }
            Map<String, List<Element>> kinds = new LinkedHashMap<>();
            for (Element child : holder.children()) {
                if (!child.className().isBlank()) {
                    kinds.computeIfAbsent(child.normalName() + "." + child.classNames().iterator().next(), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> run : kinds.values()) {
                if (run.size() < MIN_SLIDES) {
                    continue;
                }
                List<Element> slides = run.stream().filter(child -> isAfter(child, last) && !holdsAny(child, chosen)).toList();
                if (slides.size() >= MIN_SLIDES && slides.size() > best.size() && areSlides(slides)) {
                    best = slides;
                }
            }
        }
        return best;
    }

    /** Each box a heading of its own that links nowhere, most headings sentences, and little of the boxes' text links. */
    private static boolean areSlides(List<Element> boxes) {
        int sentences = 0;
        double linked = 0;
        int text = 0;
        for (Element box : boxes) {
            List<Element> headings = Selectors.select(box, HEADINGS);
            int length = box.text().length();
            double density = LinkDensity.of(box, length);
            if (headings.size() != 1 || density >= MAX_BOX_LINK_DENSITY) {
                return false;
            }
            linked += density * length;
            text += length;
            Element heading = headings.getFirst();
            String said = heading.text().strip();
            if (heading.closest(LINK) != null || !Selectors.select(heading, Selectors.LINKS).isEmpty() || words(said) < MIN_HEADING_WORDS) {
                return false;
            }
            sentences += SENTENCE_END.matcher(said).find() ? 1 : 0;
        }
        return sentences * 3 >= boxes.size() * 2 && linked < MAX_LINK_DENSITY * text;
    }

    private static int headingsOutside(Element scope, Set<Element> chosen) {
        int count = 0;
        for (Element heading : Selectors.select(scope, HEADINGS)) {
            if (!Ancestry.insideAny(heading, chosen)) {
                count++;
            }
        }
        return count;
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static boolean holdsAny(Element box, Set<Element> chosen) {
        for (Element element : chosen) {
            if (Ancestry.within(element, box)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element comes after {@code last} in the page and is not inside it. */
    private static boolean isAfter(Element element, Element last) {
        if (Ancestry.within(element, last)) {
            return false;
        }
        List<Element> pathA = pathTo(element);
        List<Element> pathB = pathTo(last);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathA.size() || i == pathB.size()) {
            return i == pathB.size(); // the element holds the content's last element: not after it
        }
        return pathA.get(i).elementSiblingIndex() > pathB.get(i).elementSiblingIndex();
    }

    /** The element's ancestors from the root down, and the element. */
    private static List<Element> pathTo(Element element) {
        List<Element> path = new ArrayList<>(element.parents());
        Collections.reverse(path);
        path.add(element);
        return path;
    }
}
