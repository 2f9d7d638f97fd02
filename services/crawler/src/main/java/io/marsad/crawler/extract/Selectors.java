package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Selectors asked of every element of a page, cheaper than jsoup's for the same query: a set of tags looked up once
 * instead of each tag tried in turn, and a query on attributes skipped on elements that lack them, most of a page's;
 * and the elements a query matches collected by walking the tree directly, for queries of one element each.
 */
final class Selectors {

    /** What a query of one element each may not hold, outside its attribute brackets: combinators and pseudo-classes. */
    private static final Pattern COMBINATOR_OR_PSEUDO = Pattern.compile("[ >+~:]");
    private static final Pattern ATTRIBUTE_BRACKETS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*");

    private Selectors() {}

    /**
     * A query that looks at one element at a time (tags, classes, ids, attributes, and lists of these): unlike a query
     * with combinators, which remembers what it found of an element's ancestors between elements, it holds nothing
     * between two elements, so {@link #select} may walk the tree itself.
     */
    static final class Query extends Evaluator {
        private final Predicate<Element> test;
        private final String text;

        private Query(Predicate<Element> test, String text) {
            this.test = test;
            this.text = text;
        }

        @Override
        public boolean matches(Element root, Element element) {
            return test.test(element);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The query, which must look at one element at a time: "form", "a[name], a[id]", "img[alt]" but not "p span". */
    static Query query(String css) {
        String outsideBrackets = LIST_COMMA.matcher(ATTRIBUTE_BRACKETS.matcher(css.strip()).replaceAll("[]")).replaceAll(",");
        if (COMBINATOR_OR_PSEUDO.matcher(outsideBrackets).find()) {
            throw new IllegalArgumentException("not a query of one element at a time: " + css);
        }
        Evaluator parsed = QueryParser.parse(css);
        return new Query(element -> parsed.matches(element, element), css);
    }

    /** The elements with one of these tags, like the query "a, b, c". */
    static Query tags(String... names) {
        Set<String> tags = Set.of(names);
        return new Query(element -> tags.contains(element.normalName()), String.join(", ", names));
    }

    /** The query's elements, the query tried only where {@code mayMatch}, a cheap test every element it matches passes. */
    static Query onlyWhere(Predicate<Element> mayMatch, String css) {
        Query parsed = query(css);
        return new Query(element -> mayMatch.test(element) && parsed.test.test(element), css);
    }

    /**
     * The elements any of the queries matches, like one query listing theirs: each tried only on the elements its own cheap
     * test lets by ({@link #onlyWhere}), where one list would try every part on every element any part may match.
     */
    static Query anyOf(Query... queries) {
        StringJoiner text = new StringJoiner(", ");
        for (Query query : queries) {
            text.add(query.text);
        }
        return new Query(element -> {
            for (Query query : queries) {
                if (query.test.test(element)) {
                    return true;
                }
            }
            return false;
        }, text.toString());
    }

    /**
     * What {@code root.select(query)} gives, root included, in the document's order: walked by the child lists, as
     * jsoup's node iterator (with a stream over it) cost more than the tests on the elements when a page is asked a
     * dozen of these.
     */
    static Elements select(Element root, Query query) {
        Elements found = new Elements();
        collect(root, query, found);
        return found;
    }

    /** Whether {@code element.childrenSize() > 0}, without the list of its children jsoup builds to count them. */
    static boolean hasElementChildren(Element element) {
        for (int i = 0, children = element.childNodeSize(); i < children; i++) {
            if (element.childNode(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** What {@code root.getAllElements()} gives, walked the same way as {@link #select}. */
    static Elements all(Element root) {
        return select(root, ANY);
    }

    private static final Query ANY = new Query(element -> true, "*");
    static final Query PARAGRAPHS = tags("p");
    static final Query LINKS = tags("a");
    static final Query ARTICLES = tags("article");
    static final Query HEADLINES = tags("h1");
    static final Query DATED_TIMES = onlyWhere(element -> element.nameIs("time"), "time[datetime]");

    private static void collect(Element element, Query query, Elements found) {
        if (query.test.test(element)) {
            found.add(element);
        }
        for (int i = 0, children = element.childNodeSize(); i < children; i++) {
            if (element.childNode(i) instanceof Element child) {
                collect(child, query, found);
            }
        }
    }
}
