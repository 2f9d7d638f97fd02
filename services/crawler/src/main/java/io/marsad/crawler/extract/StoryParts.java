package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a story that sit outside the container the votes chose, found by the container's own classes: paragraphs
 * of its paragraph class, modules and sections of its kind, a page builder's rows, and the lead before them, in the
 * document's order ({@link MainContent}).
 */
final class StoryParts {

    private static final Selectors.Query P_OR_DIV = Selectors.tags("p", "div");

    private StoryParts() {}

    /**
     * Adds what carries the article's own classes but sits outside the chosen container, keeping
     * document order: paragraphs of its paragraph class (CNN writes the lead in one container and
     * the rest in another, both as {@code zn-body__paragraph}), and modules of the container's own
     * kind (CMSs that build a story from text modules between pictures, quotes and ads:
     * {@code editorial-module--text}, Drupal's paragraph items, WPBakery text columns).
     */
    static List<Element> withSameClassParagraphs(Element best, List<Element> content) {
        Element scope = ancestor(best, MAX_CLASS_SCOPE_LEVELS);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(content);
        boolean added = false;
        String paragraphClass = dominantParagraphClass(best);
        if (paragraphClass != null) {
            for (Element candidate : scope.getElementsByClass(paragraphClass)) {
                if (!Ancestry.insideAny(candidate, chosen) && !candidate.text().isBlank() && LinkDensity.of(candidate) < 0.5
                    && !Boilerplate.hiddenOnPhones(candidate, scope)) {
                    chosen.add(candidate);
                    added = true;
                }
            }
        }
        if (!best.className().isBlank()) {
            boolean bestLinksAHeadline = HeadlineLinks.any(best);
            Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
            ancestors.addAll(best.parents());
            for (Element candidate : scope.getElementsByClass(best.classNames().iterator().next())) {
                if (hasClassesOf(candidate, best) && candidate.normalName().equals(best.normalName())
                    && !ancestors.contains(candidate) && !Ancestry.insideAny(candidate, chosen)
                    && candidate.closest(Selectors.ARTICLES) == best.closest(Selectors.ARTICLES) // not the next story an infinite-scroll page preloaded
                    && candidate.text().length() >= MainContent.MIN_PARAGRAPH_LENGTH && LinkDensity.of(candidate) < 0.25
                    && !Boilerplate.hiddenOnPhones(candidate, scope)
                    // a box that links a headline the container does not is a teaser in the story's kind of box
                    // (theaustralian.news.com.au's "module-content" around the story and each of "In The Australian Today")
                    && (bestLinksAHeadline || !HeadlineLinks.any(candidate))) {
                    chosen.add(candidate);
                    added = true;
                }
            }
        }
        if (best.classNames().size() >= 2) {
            Element sections = ancestor(best, MAX_SECTION_SCOPE_LEVELS);
            if (addSectionsOfTheStory(best, sections, chosen)) {
                scope = sections;
                added = true;
            }
        }
        if (!added) {
            Element rows = addTextBoxesOfTheRows(best, content, chosen);
            if (rows != null) {
                scope = rows;
                added = true;
            }
        }
        if (!added) {
            return content.size() < 2 ? content : withLeadBefore(content);
        }
        addLeadOfTheBlocks(chosen, scope);
        List<Element> ordered = new ArrayList<>();
        for (Element element : Selectors.all(scope)) {
            if (chosen.contains(element) && !Ancestry.insideAny(element.parent(), chosen)) {
                ordered.add(element);
            }
        }
        return ordered;
    }

    /**
     * Adds the story's other sections: blocks of the container's own tag and classes (one may add a
     * modifier, or lack it) that hold a paragraph classed as the container's paragraphs are, looked
     * for further up than modules are, since a page that cuts its story into sections between ads
     * wraps each one in a grid of its own (rp.pl: row, column, row, content, then the section's
     * {@code body articleBody}). Two of the container's classes and its paragraphs' classes, all found
     * again, are the evidence: a teaser may share one class, not all three.
     */
    private static boolean addSectionsOfTheStory(Element best, Element sections, Set<Element> chosen) {
        Set<String> paragraphClasses = new HashSet<>();
        for (Element paragraph : Selectors.select(best, Selectors.PARAGRAPHS)) {
            if (!paragraph.className().isBlank() && paragraph.text().length() >= MainContent.MIN_PARAGRAPH_LENGTH) {
                paragraphClasses.add(paragraph.className());
            }
        }
        if (paragraphClasses.isEmpty()) {
            return false;
        }
        boolean added = false;
        List<Element> ancestors = best.parents();
        for (Element candidate : sections.getElementsByTag(best.normalName())) {
            if (candidate != best && sharesClasses(candidate, best) && !ancestors.contains(candidate) && !Ancestry.insideAny(candidate, chosen)
                && holdsParagraphOf(candidate, paragraphClasses)
                && candidate.closest(Selectors.ARTICLES) == best.closest(Selectors.ARTICLES)
                && LinkDensity.of(candidate) < 0.25 && !Boilerplate.hiddenOnPhones(candidate, sections)) {
                chosen.add(candidate);
                added = true;
            }
        }
        return added;
    }

    /**
     * Adds the text boxes of the story's other rows: a page builder that cuts a story into rows, each a heading and a text
     * box of one class ({@code rich-text}), nests each box as deep in its row (section, grid, column, box) as modules never
     * are. Found further up than modules and sections, they are taken only when they hold most of the text of what holds
     * them all, so that the same box in a side column or a footer is not; each is taken with its row's heading, at the depth
     * the container was taken with its own. Returns what holds them, or null.
     */
    private static Element addTextBoxesOfTheRows(Element container, List<Element> content, Set<Element> chosen) {
        if (container.classNames().size() < 2 || content.size() != 1) {
            // two classes, all found again on every box, are the evidence, as for a story's sections
            return null;
        }
        int lift = 0;
        for (Element e = container; e != content.getFirst(); e = e.parent(), lift++) {
            if (e.parent() == null) {
                return null;
            }
        }
        List<Element> ancestors = container.parents();
        int top = 0; // the widest scope's level: below the body
        while (top < MAX_ROW_SCOPE_LEVELS && top < ancestors.size() - 1 && !ancestors.get(top).nameIs("body")) {
            top++;
        }
        if (top <= MAX_CLASS_SCOPE_LEVELS) {
            return null;
        }
        // the page is searched once, from the widest scope; each narrower scope keeps the boxes inside it
        List<Element> sameKind = new ArrayList<>();
        for (Element candidate : ancestors.get(top - 1).getElementsByClass(container.classNames().iterator().next())) {
            if (candidate != container && isOfTheSameKind(candidate, container) && !ancestors.contains(candidate) && !Ancestry.insideAny(candidate, chosen) && !Ancestry.within(container, candidate)
                && (sameKind.isEmpty() || !Ancestry.within(candidate, sameKind.getLast()))) {
                sameKind.add(candidate);
            }
        }
        for (int level = MAX_CLASS_SCOPE_LEVELS + 1; level <= top && !sameKind.isEmpty(); level++) {
            Element scope = ancestors.get(level - 1);
            List<Element> boxes = sameKind.stream().filter(box -> Ancestry.within(box, scope)).toList();
            if (boxes.isEmpty()) {
                continue;
            }
            int boxesText = container.text().length();
            for (Element box : boxes) {
                int text = box.text().length();
                if (text < MainContent.MIN_PARAGRAPH_LENGTH || LinkDensity.of(box, text) >= 0.25 || box.closest(Selectors.ARTICLES) != container.closest(Selectors.ARTICLES)
                    || Boilerplate.hiddenOnPhones(box, scope)) {
                    return null; // a box of the class that holds no paragraph of a story (a date, a button): the class names any box
                }
                boxesText += text;
            }
            if (boxesText < scope.text().length() * MIN_ROWS_TEXT_SHARE) {
                return null;
            }
            for (Element box : boxes) {
                chosen.add(rowOf(box, container, lift, scope));
            }
            return scope;
        }
        return null;
    }

    /** The box's ancestor {@code lift} levels up, as the container was lifted, while each is of the container's ancestors' tags. */
    private static Element rowOf(Element box, Element container, int lift, Element scope) {
        Element row = box;
        Element mirror = container;
        for (int level = 0; level < lift; level++) {
            Element up = row.parent();
            mirror = mirror.parent();
            if (up == null || up == scope || !up.normalName().equals(mirror.normalName()) || Ancestry.within(container, up)) {
                break;
            }
            row = up;
        }
        return row;
    }

    /** Page builders nest a row's text box eight levels under what holds the rows (row, wrapper, grid, column, box…). */
    private static final int MAX_ROW_SCOPE_LEVELS = 10;
    /** The text boxes hold nearly all of the rows' text: headings and captions are the rest. */
    private static final double MIN_ROWS_TEXT_SHARE = 0.8;

    private static boolean holdsParagraphOf(Element block, Set<String> paragraphClasses) {
        for (Element paragraph : Selectors.select(block, Selectors.PARAGRAPHS)) {
            if (paragraphClasses.contains(paragraph.className()) && paragraph.text().length() >= MainContent.MIN_PARAGRAPH_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** At least two classes in common, one element's all among the other's. */
    private static boolean sharesClasses(Element element, Element other) {
        Set<String> fewer = element.classNames().size() <= other.classNames().size() ? element.classNames() : other.classNames();
        return fewer.size() >= 2 && (hasClassesOf(element, other) || hasClassesOf(other, element));
    }

    private static Element ancestor(Element element, int levels) {
        Element ancestor = element;
        for (int level = 0; level < levels && ancestor.parent() != null; level++) {
            ancestor = ancestor.parent();
        }
        return ancestor;
    }

    /**
     * A lone paragraph before blocks of one class (a live blog's summary above its entries, a lead above
     * a story cut into blocks) belongs to them, as a lead paragraph beside one container does: it is
     * looked for among the children of what holds the blocks, and of what holds that, up to the scope.
     */
    private static void addLeadOfTheBlocks(Set<Element> chosen, Element scope) {
        Element first = null;
        for (Element element : Selectors.all(scope)) {
            if (chosen.contains(element)) {
                first = element;
                break;
            }
        }
        Element holder = first == null ? null : first.parent();
        while (holder != null && holder != scope && !holdsAll(holder, chosen)) {
            holder = holder.parent();
        }
        for (int level = 0; holder != null && level < 2; level++, holder = holder == scope ? null : holder.parent()) {
            leadsBefore(holder, first).stream().filter(lead -> !Ancestry.insideAny(lead, chosen)).forEach(chosen::add);
        }
    }

    /** The same for blocks found side by side: a lone paragraph before what holds them joins them. */
    private static List<Element> withLeadBefore(List<Element> content) {
        Element parent = content.getFirst().parent();
        Element outer = parent == null ? null : parent.parent();
        List<Element> leads = outer == null ? List.of() : leadsBefore(outer, content.getFirst());
        if (leads.isEmpty()) {
            return content;
        }
        List<Element> out = new ArrayList<>(leads);
        out.addAll(content);
        return out;
    }

    /** The lead paragraphs among the holder's children that come before the one holding {@code first}. */
    private static List<Element> leadsBefore(Element holder, Element first) {
        List<Element> leads = new ArrayList<>();
        for (Element child : holder.children()) {
            if (Ancestry.within(first, child)) {
                break;
            }
            if (child.nameIs("p") && isLeadParagraph(child)) {
                leads.add(child);
            }
        }
        return leads;
    }

    private static boolean holdsAll(Element holder, Set<Element> chosen) {
        return chosen.stream().allMatch(element -> Ancestry.within(element, holder));
    }

    /** Bootstrap-built pages nest a module's text four levels deep (module, container, row, column). */
    private static final int MAX_CLASS_SCOPE_LEVELS = 4;
    /** Sections of a story, each in a grid of its own, sit further apart than modules. */
    private static final int MAX_SECTION_SCOPE_LEVELS = 7;
    private static final int MIN_CLASSED_PARAGRAPHS = 3;

    /** The class most of the container's paragraphs carry, if they carry one. */
    private static String dominantParagraphClass(Element container) {
        Map<String, Integer> counts = new HashMap<>();
        int paragraphs = 0;
        for (Element p : Selectors.select(container, P_OR_DIV)) {
            if (p.nameIs("div") && !Votes.hasOwnText(p)) {
                continue;
            }
            paragraphs++;
            for (String name : p.classNames()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= MIN_CLASSED_PARAGRAPHS && entry.getValue() * 2 > paragraphs) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** A paragraph long enough and plain enough to be the lead of the text beside it. */
    static boolean isLeadParagraph(Element element) {
        return element.text().length() >= 80 && LinkDensity.of(element) < 0.25;
    }

    /**
     * Whether an element carries all of the other's classes: one block of an article may add a
     * modifier to the class of the rest ("block-text block-text_initial-letter" opens wday.ru's).
     */
    static boolean hasClassesOf(Element element, Element other) {
        return element.classNames().containsAll(other.classNames());
    }

    static boolean isOfTheSameKind(Element element, Element box) {
        return element != null && element.normalName().equals(box.normalName()) && element.classNames().equals(box.classNames());
    }
}
