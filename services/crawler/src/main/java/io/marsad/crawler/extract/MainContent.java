package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the element that holds the article: the one the page's paragraphs vote for ({@link Votes}), widened to what the
 * page marks as its story where the votes chose a part of it ({@link MarkedArticle}), with the siblings that look like
 * more of the same article and the parts that carry its classes ({@link StoryParts}).
 */
final class MainContent {

    static final int MIN_PARAGRAPH_LENGTH = 25;
    private static final Set<String> LISTS_AND_TABLES = Set.of("ol", "ul", "dl", "table", "tbody");

    private MainContent() {}

    /**
     * The best container, with siblings that look like more of the same article, in document order.
     *
     * @param linkCards boxes a script links to other pages ({@link LinkCards}): teasers, like the blocks of the site's other stories
     */
    static List<Element> find(Element body, Set<Element> linkCards) {
        Set<Element> moreStories = blocksHeadedAsMoreStories(body);
        moreStories.addAll(linkCards);
        Votes votes = Votes.cast(body, moreStories);
        Votes.Best chosen = votes.best();
        if (chosen == null) {
            return List.of(body);
        }
        Element best = chosen.element();
        double bestScore = chosen.score();
        List<Votes.Voter> voters = votes.voters();
        Element marked = MarkedArticle.theOnlyArticleBeside(body, best, voters);
        if (marked == null) {
            marked = MarkedArticle.theOnlyNamedTextBeside(body, best);
        }
        if (marked != null) {
            best = marked;
            bestScore = Math.max(bestScore, votes.scoreOf(best));
        }
        Element article = MarkedArticle.wholeArticle(best, voters);
        if (article != null) {
            best = article;
            bestScore = Math.max(bestScore, votes.scoreOf(best));
        }
        Element leftOpen = holderOfBoxesLeftOpen(best, body);
        if (leftOpen != null) {
            best = leftOpen;
            bestScore = Math.max(bestScore, votes.scoreOf(best));
        }
        if (isListOrTable(best) && best.parent() != null && best.parent() != body) {
            // a list or a table is part of an article (a "10 things" roundup), not all of it: take what holds it, past the
            // wrappers that hold only the table (Bootstrap's "table-responsive", an embed's box)
            Element holder = best.parent();
            while (holder.parent() != null && holder.parent() != body && !holdsOtherVoters(holder, best, voters)) {
                holder = holder.parent();
            }
            best = holder;
            bestScore = Math.max(bestScore, votes.scoreOf(best));
        }
        // siblings are looked for beside the wrappers that hold only the container: a page builder wraps each block of
        // the text (div > div > p), and the next block is then a cousin, compared at the container's depth in its wrappers
        Element container = best;
        int wrappers = 0;
        while (isOnlyWrapper(best.parent(), body)) {
            best = best.parent();
            wrappers++;
        }
        List<Element> content = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        boolean inAnArticle = best.closest(Selectors.ARTICLES) != null;
        boolean beforeBest = true;
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                content.add(sibling);
                beforeBest = false;
                continue;
            }
            if (inAnArticle && (sibling.nameIs("article") || sibling.selectFirst(Selectors.ARTICLES) != null)) {
                continue; // another story: a teaser, or the next one an infinite-scroll page preloaded
            }
            if (moreStories.contains(sibling)) {
                continue; // the site's other stories under a heading that says so ("Latest publications")
            }
            if (CommentSection.isRulesBox(sibling)) {
                continue; // the rules for readers' comments, as long as a story (sacbee.com)
            }
            Element peer = unwrapped(sibling, wrappers); // null: a block of another shape, no cousin of the text's
            if (peer != null && wrappers > 0 && Boilerplate.hiddenOnPhones(peer, parent)) {
                peer = null; // a side column, the text's cousin only in the page builder's markup
            }
            double siblingScore = peer == null ? 0 : votes.scoreOf(peer);
            boolean similarContainer = siblingScore >= Math.max(3, bestScore * 0.25) && LinkDensity.of(sibling) < 0.25;
            boolean leadParagraph = isLeadBeside(sibling, beforeBest);
            // The article cut into blocks of one class between pictures and ads ("block-text"); the class is the evidence,
            // so a block whose table links every name in its first column still joins
            boolean sameBlock = peer != null && !container.className().isBlank() && StoryParts.hasClassesOf(peer, container) && peer.normalName().equals(container.normalName())
                && sibling.text().length() >= MIN_PARAGRAPH_LENGTH && LinkDensity.of(sibling) < 0.5;
            if (similarContainer || leadParagraph || sameBlock) {
                content.add(sibling);
            }
        }
        // a text box with no class of its own, in a wrapper that holds only it: the wrapper's classes are the evidence
        List<Element> parts = StoryParts.withSameClassParagraphs(container.className().isBlank() && wrappers > 0 ? best : container, content);
        return Slides.withSlidesAfter(parts, body);
    }
    /**
     * Blocks after a heading of their own sending the reader on ("Последние публикации на сайте", "Related stories") that
     * link headlines: the site's other stories, never the article, however much prose their leads write (kapital-rus.ru's
     * teasers, each with its author and date, outvoted a short story). Only after the page's headline: a section's label
     * over the story ("Latest News" as bizjournals.com's masthead) comes before it. The headlines the block links are
     * evidence too.
     */
    private static Set<Element> blocksHeadedAsMoreStories(Element body) {
        Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean afterHeadline = false;
        for (Element heading : Selectors.select(body, HEADINGS)) { // in the page's order
            if (heading.nameIs("h1")) {
                afterHeadline = true;
                continue;
            }
            Element block = afterHeadline ? heading.nextElementSibling() : null;
            if (block != null && BodyText.sendsReaderOnAsLabel(heading.text()) && HeadlineLinks.atLeast(block, MIN_TEASERS_HEADED)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static final Selectors.Query HEADINGS = Selectors.tags("h1", "h2", "h3", "h4", "h5", "h6");
    /** Headlines such a block links, at least: a list of the site's stories, not one link a paragraph makes. */
    private static final int MIN_TEASERS_HEADED = 2;

    /**
     * What holds a box the page opened and never closed, when the container sits in a run of them: each box it opened
     * later sits inside the one before, with the story's text between them (wral.com opens {@code <div class=ad-container>}
     * around each link card), so the container, in the innermost box, holds only the story's end, and the rest sits in
     * the boxes around it. The story is what holds the outermost box. Only an ad slot's box counts: a slot holds a
     * picture and a script, never text, while boxes of one class nest on purpose elsewhere ("clearfix" in "clearfix").
     * Null when no ad slot's box near the container sits in one of its own tag and classes.
     */
    private static Element holderOfBoxesLeftOpen(Element container, Element body) {
        Element box = container;
        for (int level = 0; level <= MAX_LEFT_OPEN_LEVELS && box != null && box != body; level++, box = box.parent()) {
            if (!box.className().isBlank() && StoryParts.isOfTheSameKind(box.parent(), box) && AD_SLOT_NAMES.in(box.className())) {
                Element outermost = box.parent();
                while (StoryParts.isOfTheSameKind(outermost.parent(), box)) {
                    outermost = outermost.parent();
                }
                Element holder = outermost.parent();
                return holder == null || holder == body ? null : holder;
            }
        }
        return null;
    }

    private static final NameWords AD_SLOT_NAMES = NameWords.ignoringCase(Boilerplate.AD_NAMES);

    /** How far above the container the boxes left open are looked for: an ad slot's own box may sit inside one. */
    private static final int MAX_LEFT_OPEN_LEVELS = 2;

    /** The element {@code levels} wrappers down, each holding only the next; null if it is not wrapped so deep. */
    private static Element unwrapped(Element element, int levels) {
        Element inner = element;
        for (int level = 0; level < levels; level++) {
            if (!isWrapper(inner)) {
                return null;
            }
            inner = inner.child(0);
        }
        return inner;
    }

    /** A wrapper inside the body. */
    private static boolean isOnlyWrapper(Element wrapper, Element body) {
        return wrapper != null && wrapper != body && wrapper.parent() != null && isWrapper(wrapper);
    }

    /** A div or section around one element, with no paragraph's worth of text of its own. */
    private static boolean isWrapper(Element element) {
        return (element.nameIs("div") || element.nameIs("section")) && element.childrenSize() == 1 && !Votes.hasOwnText(element);
    }

    private static boolean isListOrTable(Element element) {
        return LISTS_AND_TABLES.contains(element.normalName());
    }

    /** Whether a paragraph that voted sits in {@code holder} but not in {@code part}. */
    private static boolean holdsOtherVoters(Element holder, Element part, List<Votes.Voter> voters) {
        Set<Element> theHolder = Collections.singleton(holder);
        Set<Element> thePart = Collections.singleton(part);
        for (Votes.Voter voter : voters) {
            if (Ancestry.insideAny(voter.paragraph(), theHolder) && !Ancestry.insideAny(voter.paragraph(), thePart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lone paragraph beside the body (a live blog's summary, a lead) belongs to it, also one written straight into a div;
     * before the body, also one with words marked up and line breaks in it (Blogger's editor writes a post's opening so:
     * after the body, a div so written is the site's notice or a line asking for tips).
     */
    private static boolean isLeadBeside(Element sibling, boolean beforeBody) {
        if (sibling.nameIs("div")) {
            int own = Votes.ownText(sibling);
            boolean writtenInto = own >= MIN_PARAGRAPH_LENGTH && (sibling.children().isEmpty()
                || beforeBody && own >= MIN_MARKED_UP_LEAD && holdsOnlyInlineMarkup(sibling));
            return writtenInto && StoryParts.isLeadParagraph(sibling);
        }
        return sibling.nameIs("p") && StoryParts.isLeadParagraph(sibling);
    }

    /** A lead written into a div with markup in it is a post's opening, longer than a line the site puts above the text. */
    private static final int MIN_MARKED_UP_LEAD = 300;

    /** Whether the element holds words and line breaks only ({@code <b>}, {@code <a>}, {@code <br>}), no block of its own. */
    private static boolean holdsOnlyInlineMarkup(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock()) {
                return false;
            }
        }
        return true;
    }
}
