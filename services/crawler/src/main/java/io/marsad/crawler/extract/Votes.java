package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's paragraphs vote for their ancestors with a score that grows with their length and punctuation (Latin, Arabic
 * and CJK commas alike); links count against an element. This is the idea behind Readability and boilerpipe, kept
 * language-neutral. What does not vote: lists of links, a footer's notices and legal text, the site's disclaimers and
 * cookie banners, and the leads of other stories under a heading that says so.
 */
final class Votes {

    /** A paragraph that voted, with the length of its text (read once, while voting). */
    record Voter(Element paragraph, int length) {}

    private static final Evaluator TD = new Evaluator.Tag("td");
    private static final Set<String> BLOCK_TAGS = Set.of("div", "p", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4",
        "h5", "h6", "figure");
    private static final Selectors.Query PARAGRAPHS = Selectors.tags("p", "pre", "blockquote", "td", "li");
    /** Spans that break their text into lines: old pages write a whole story so, and readers' comments, each a line or two. */
    private static final Evaluator SPANS_OF_LINES = QueryParser.parse("span:has(> br)");
    private static final Evaluator TEXT_PARAGRAPHS = QueryParser.parse("p, pre, blockquote, li");
    /** A story's worth of text in a span, more than a comment's line or two. */
    private static final int MIN_SPAN_STORY = 250;
    /** A layout cell's children that hold, or are, paragraphs that vote. */
    private static final Evaluator VOTING_BLOCKS = QueryParser.parse("> div, > p, > table, > ul, > ol, > section, > article, > blockquote");
    /** Boxes that may hold text written straight into them, between {@code <br>}s. */
    private static final Selectors.Query TEXT_BOXES = Selectors.tags("div", "section", "article");
    private static final Selectors.Query TEXT_BOXES_AND_LINKS = Selectors.tags("div", "section", "article", "a");
    private static final double MAX_VOTING_LINK_DENSITY = 0.5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final List<Element> voted = new ArrayList<>(); // in the order of their first vote: an identity map's order changes from run to run
    private final List<Voter> voters = new ArrayList<>();

    private Votes() {}

    /** The votes of the body's paragraphs, none from inside {@code notVoting}. */
    static Votes cast(Element body, Set<Element> notVoting) {
        Votes votes = new Votes();
        for (Element paragraph : candidates(body)) {
            String text = paragraph.text();
            if (text.length() < MainContent.MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            if (!notVoting.isEmpty() && Ancestry.insideAny(paragraph, notVoting)) {
                continue; // the leads of the site's other stories, under a heading that says so: prose, but not the article's
            }
            if (mostlyLinks(paragraph, text)) {
                String unlinked = unlinkedText(paragraph);
                if (TextSize.letters(unlinked) < MIN_UNLINKED_LETTERS) {
                    continue; // a list of links (hundreds of readers' names, tags, headlines): its commas are no sentences
                }
                // a post that lists links and writes paragraphs of its own around them (an index of a blog's posts, each
                // with its source and date): it votes by its own words, else a side column's prose outvotes it
                text = unlinked;
            }
            if (Credits.isCopyrightNotice(text) || Credits.opensWithNotice(text)) {
                continue; // a footer's notice, or its legal text: commas part the publisher's address or the terms, no clauses
            }
            if (SiteDisclaimer.is(text) || AdviceDisclaimer.is(text)) {
                continue; // the site's small print under every page: its clauses outvoted a short text
            }
            if (CookieNotice.is(text)) {
                continue; // a cookie banner, whatever its plugin calls it (pea_cook_wrapper): it outweighed a short post
            }
            votes.voters.add(new Voter(paragraph, text.length()));
            double score = 1 + Math.min(text.length() / 100.0, 3) + commas(text);
            if (paragraph.is(TEXT_BOXES) && hasOwnText(paragraph)) {
                // text written straight into a div or an <article> (between <br>s): it may itself be the article's container
                votes.vote(paragraph, score);
            }
            Element ancestor = paragraph.parent();
            for (int level = 1; ancestor != null && level <= 3; level++, ancestor = ancestor.parent()) {
                votes.vote(ancestor, score / level);
            }
        }
        return votes;
    }

    /** The element with the best score, and that score. */
    record Best(Element element, double score) {}

    /** The element with the best score, its votes lowered by its links; null when no paragraph voted. */
    Best best() {
        Element best = null;
        double bestScore = 0;
        for (Element candidate : voted) {
            double votes = scores.get(candidate);
            if (votes < bestScore) {
                continue; // its links can only lower it: their density, read from the whole subtree's text, is not worth reading
            }
            double score = votes * (1 - LinkDensity.of(candidate));
            // on a tie the element that holds the other wins: it has no fewer of the voting paragraphs, and also what
            // sits beside them without voting (the headline's standfirst, subheadings)
            if (score > bestScore || score == bestScore && best != null && best.parents().contains(candidate)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? null : new Best(best, bestScore);
    }

    /** An element's votes lowered by its links: 0 for one no paragraph voted for. */
    double scoreOf(Element element) {
        return scores.getOrDefault(element, 0.0) * (1 - LinkDensity.of(element));
    }

    /** The paragraphs that voted, in the page's order. */
    List<Voter> voters() {
        return voters;
    }

    private void vote(Element element, double score) {
        if (!scores.containsKey(element)) {
            voted.add(element);
        }
        scores.merge(element, score, Double::sum);
    }

    /**
     * Paragraph-like elements, plus divs, sections and articles that hold text directly (CMSs that write text with
     * {@code <br>}) or only through inline elements (editors that write each paragraph as a
     * {@code <div><span>…</span></div>}).
     */
    private static List<Element> candidates(Element body) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element candidate : Selectors.select(body, PARAGRAPHS)) {
            // a list item that holds blocks is a card (picture, headline, teaser), not a paragraph: its own paragraphs vote;
            // a reference list's items are lists of names, every one a comma, and would outvote a paper's abstract
            if (candidate.nameIs("li") ? !holdsBlocks(candidate) && !isCitation(candidate) : !isLayoutCell(candidate)) {
                paragraphs.add(candidate);
            }
        }
        for (Element box : Selectors.select(body, TEXT_BOXES_AND_LINKS)) { // one walk for both: the page is walked once less
            if (box.nameIs("a")) {
                if (LinkDensity.isProse(box) && box.closest(TEXT_PARAGRAPHS) == null) {
                    paragraphs.add(box); // a story a page made clickable, paragraphs and all (ntdtv.com's transcripts)
                }
            } else if (hasOwnText(box) || isInlineParagraph(box)) {
                paragraphs.add(box);
            }
        }
        for (Element span : body.select(SPANS_OF_LINES)) {
            Element cell = span.closest(TD);
            if (ownText(span) >= MIN_SPAN_STORY && span.closest(TEXT_PARAGRAPHS) == null && (cell == null || isLayoutCell(cell))) {
                paragraphs.add(span); // a story written into a span between <br>s (<span class="content">) beside blocks
            }
        }
        return paragraphs;
    }

    /** Class and id names of reference lists and their items: {@code ol.references}, {@code cite_note-3}, {@code references__item}. */
    private static final NameWords CITATION_NAMES = NameWords.ignoringCase("references?|citations?|cite|bibliograph\\w*|reflist|footnotes?");

    private static boolean isCitation(Element item) {
        Element list = item.parent();
        return CITATION_NAMES.in(item.className() + " " + item.id())
            || list != null && CITATION_NAMES.in(list.className() + " " + list.id());
    }

    /**
     * A table cell of a page laid out in a table, holding blocks and no text outside them: its own paragraphs vote. Voting
     * with all their text, the column that holds the article and the one beside it (a sidebar's blurbs) would make their
     * row outvote the article's own column. Text written into the cell, bare or in inline elements ({@code <span
     * class="article_text">} between {@code <br>}s), is the cell's own, and then it votes.
     */
    private static boolean isLayoutCell(Element cell) {
        if (!cell.nameIs("td") || cell.selectFirst(VOTING_BLOCKS) == null) {
            return false; // a cell of headings alone: no paragraph inside would vote for it
        }
        int outsideBlocks = 0;
        for (Node child : cell.childNodes()) {
            if (child instanceof TextNode text) {
                outsideBlocks += text.text().trim().length();
            } else if (child instanceof Element element && element.tag().isInline()) {
                outsideBlocks += element.text().length();
            }
            if (outsideBlocks >= MainContent.MIN_PARAGRAPH_LENGTH) {
                return false;
            }
        }
        return true;
    }

    static boolean holdsBlocks(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text in inline elements only; an empty block between them (ttv.com.tw leaves an empty {@code <div>} after each
     * sentence's span, for its translation) writes nothing and breaks no paragraph.
     */
    private static boolean isInlineParagraph(Element div) {
        boolean emptyBoxes = false;
        for (Element child : div.children()) {
            if (child.nameIs("div") && child.childNodeSize() == 0) {
                emptyBoxes = true;
            } else if (!child.tag().isInline()) {
                return false;
            }
        }
        if (emptyBoxes && div.selectFirst(TEXT_PARAGRAPHS) != null) {
            return false; // paragraphs in a <font> beside an empty box (chinanews.com): they vote themselves
        }
        return div.childrenSize() > 0 && div.text().length() >= MainContent.MIN_PARAGRAPH_LENGTH;
    }

    static boolean hasOwnText(Element element) {
        return ownText(element) >= MainContent.MIN_PARAGRAPH_LENGTH;
    }

    static int ownText(Element element) {
        int own = 0;
        for (TextNode text : element.textNodes()) {
            own += text.text().trim().length();
        }
        return own;
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' && clauseComma(text, i) || c == '،' || c == '，' || c == '、' || c == '؛') {
                count++;
            }
        }
        return count;
    }

    /**
     * A Latin comma followed straight by a Latin letter parts the items of a list of domains or tags, no clauses: a hidden
     * list of partner sites must not outvote the article. Decimal and thousands commas still count, as they always have,
     * and so does one before a curly quote that a wrong charset turned into letters ("â€").
     */
    private static boolean clauseComma(String text, int at) {
        if (at + 1 == text.length()) {
            return true;
        }
        char next = text.charAt(at + 1);
        return !(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z');
    }

    /**
     * Whether most of a paragraph's characters, or most of its letters and digits, sit inside links: a tag list's
     * separators ("蔡英文 、 民進黨 、 …", spaced out by its markup) make half of its characters, none of its letters.
     * One walk over the links gives both shares.
     */
    private static boolean mostlyLinks(Element paragraph, String text) {
        int linkedChars = 0;
        int linkedLetters = 0;
        for (Element link : Selectors.select(paragraph, Selectors.LINKS)) {
            String linkText = link.text();
            linkedChars += linkText.length();
            linkedLetters += TextSize.letters(linkText);
        }
        if (linkedChars == 0) {
            return false;
        }
        int letters = TextSize.letters(text);
        return linkedChars > MAX_VOTING_LINK_DENSITY * text.length() || letters > 0 && linkedLetters > MAX_VOTING_LINK_DENSITY * letters;
    }

    /** Letters a paragraph that is mostly links writes outside them to vote: a paragraph's worth, more than a list's separators. */
    private static final int MIN_UNLINKED_LETTERS = 500;

    /** The text of a paragraph outside its links, the words between them joined with spaces. */
    private static String unlinkedText(Element paragraph) {
        StringBuilder unlinked = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("a")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    unlinked.append(text.text().strip()).append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, paragraph);
        return unlinked.toString().strip();
    }
}
