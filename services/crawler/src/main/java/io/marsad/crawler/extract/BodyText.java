package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the article container(s) out as plain-text paragraphs in reading order. */
final class BodyText {

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dd", "dt");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private BodyText() {}

    static List<String> paragraphs(List<Element> containers, String title) {
        List<String> out = new ArrayList<>();
        for (Element container : containers) {
            collect(container, out);
        }
        String normalisedTitle = title == null ? "" : normalise(title);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String paragraph : out) {
            if (!normalise(paragraph).equals(normalisedTitle)) {
                distinct.add(paragraph);
            }
        }
        return List.copyOf(distinct);
    }

    private static void collect(Element element, List<String> out) {
        String tag = element.normalName();
        if (tag.equals("h1")) {
            return; // the title, reported separately
        }
        // A short block that is mostly links ("Read more: …", lists of headlines) is navigation.
        if (!HEADINGS.contains(tag) && element.text().length() < 200 && MainContent.linkDensity(element) > 0.5) {
            return;
        }
        if (BLOCKS.contains(tag) && !hasBlockChildren(element)) {
            add(element, tag, out);
            return;
        }
        // Mixed content: text written straight into a div or table cell, between <br>s, is a paragraph too.
        StringBuilder loose = new StringBuilder();
        for (Node child : element.childNodes()) {
            walk(child, loose, out);
        }
        flush(loose, out);
    }

    /** Inline content joins the current paragraph; a {@code <br>} or a block ends it. */
    private static void walk(Node node, StringBuilder loose, List<String> out) {
        if (node instanceof TextNode text) {
            loose.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                flush(loose, out);
            } else if (isBlock(element)) {
                flush(loose, out);
                collect(element, out);
            } else {
                for (Node child : element.childNodes()) {
                    walk(child, loose, out);
                }
            }
        }
    }

    private static void add(Element block, String tag, List<String> out) {
        String text = clean(block.text());
        if (text.isEmpty()) {
            return;
        }
        boolean heading = HEADINGS.contains(tag);
        // Lists of links (more-on-this-topic lines) and one-word fragments are not article text.
        if (!heading && text.length() < 200 && MainContent.linkDensity(block) > 0.5) {
            return;
        }
        out.add(text);
    }

    private static void flush(StringBuilder loose, List<String> out) {
        String text = clean(loose.toString());
        if (text.length() >= MainContent.MIN_PARAGRAPH_LENGTH) {
            out.add(text);
        }
        loose.setLength(0);
    }

    private static boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(Element element) {
        String tag = element.normalName();
        return BLOCKS.contains(tag) || tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("ul")
            || tag.equals("ol") || tag.equals("dl") || tag.equals("h1") || tag.equals("main") || TABLE_PARTS.contains(tag);
    }

    static String clean(String text) {
        return text.replace('\u00A0', ' ').replaceAll("[\\s\\u200B\\uFEFF]+", " ").trim();
    }

    private static String normalise(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }
}
