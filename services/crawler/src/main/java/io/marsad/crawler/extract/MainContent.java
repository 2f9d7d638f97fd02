package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds the article: paragraphs vote for their ancestors with a score that
 * grows with their length and punctuation (Latin, Arabic and CJK commas alike), and links count
 * against an element. This is the idea behind Readability and boilerpipe, kept language-neutral.
 */
final class MainContent {

    // parsed once: jsoup parses a selector given as a string on every call
    private static final Evaluator TD = new Evaluator.Tag("td");
    private static final Selectors.Query P_OR_DIV = Selectors.query("p, div");
    private static final Set<String> LISTS_AND_TABLES = Set.of("ol", "ul", "dl", "table", "tbody");
    private static final Set<String> BLOCK_TAGS = Set.of("div", "p", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4",
        "h5", "h6", "figure");

    static final int MIN_PARAGRAPH_LENGTH = 25;
    private static final Selectors.Query PARAGRAPHS = Selectors.query("p, pre, blockquote, td, li");
    /** Spans that break their text into lines: old pages write a whole story so, and readers' comments, each a line or two. */
    private static final Evaluator SPANS_OF_LINES = QueryParser.parse("span:has(> br)");
    private static final Evaluator TEXT_PARAGRAPHS = QueryParser.parse("p, pre, blockquote, li");
    /** A story's worth of text in a span, more than a comment's line or two. */
    private static final int MIN_SPAN_STORY = 250;
    /** A layout cell's children that hold, or are, paragraphs that vote. */
    private static final Evaluator VOTING_BLOCKS = QueryParser.parse("> div, > p, > table, > ul, > ol, > section, > article, > blockquote");
    /** Boxes that may hold text written straight into them, between {@code <br>}s; parsed once, as it is asked of every voter. */
    private static final Selectors.Query TEXT_BOXES = Selectors.query("div, section, article");
    private static final double MAX_VOTING_LINK_DENSITY = 0.5;
    private static final int MIN_SECTIONS_TEXT = 500;

    private MainContent() {}

    /** The best container, with siblings that look like more of the same article, in document order. */
    static List<Element> find(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> voted = new ArrayList<>(); // in the order of their first vote: an identity map's order changes from run to run
        List<Voter> voters = new ArrayList<>();
        Set<Element> moreStories = blocksHeadedAsMoreStories(body);
        for (Element paragraph : paragraphs(body)) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            if (!moreStories.isEmpty() && isInside(paragraph, moreStories)) {
                continue; // the leads of the site's other stories, under a heading that says so: prose, but not the article's
            }
            if (mostlyLinks(paragraph, text)) {
                String unlinked = unlinkedText(paragraph);
                if (letters(unlinked) < MIN_UNLINKED_LETTERS) {
                    continue; // a list of links (hundreds of readers' names, tags, headlines): its commas are no sentences
                }
                // a post that lists links and writes paragraphs of its own around them (an index of a blog's posts, each
                // with its source and date): it votes by its own words, else a side column's prose outvotes it
                text = unlinked;
            }
            if (BodyText.isCopyrightNotice(text) || BodyText.opensWithNotice(text)) {
                continue; // a footer's notice, or its legal text: commas part the publisher's address or the terms, no clauses
            }
            if (SiteDisclaimer.is(text)) {
                continue; // the site's small print under every page: its clauses outvoted a short text
            }
            if (CookieNotice.is(text)) {
                continue; // a cookie banner, whatever its plugin calls it (pea_cook_wrapper): it outweighed a short post
            }
            voters.add(new Voter(paragraph, text.length()));
            double score = 1 + Math.min(text.length() / 100.0, 3) + commas(text);
            if (paragraph.is(TEXT_BOXES) && hasOwnText(paragraph)) {
                // text written straight into a div or an <article> (between <br>s): it may itself be the article's container
                vote(scores, voted, paragraph, score);
            }
            Element ancestor = paragraph.parent();
            for (int level = 1; ancestor != null && level <= 3; level++, ancestor = ancestor.parent()) {
                vote(scores, voted, ancestor, score / level);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element candidate : voted) {
            double votes = scores.get(candidate);
            if (votes < bestScore) {
                continue; // its links can only lower it: their density, read from the whole subtree's text, is not worth reading
            }
            double score = votes * (1 - linkDensity(candidate));
            // on a tie the element that holds the other wins: it has no fewer of the voting paragraphs, and also what
            // sits beside them without voting (the headline's standfirst, subheadings)
            if (score > bestScore || score == bestScore && best != null && best.parents().contains(candidate)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        Element marked = theOnlyArticleBeside(body, best, voters);
        if (marked == null) {
            marked = theOnlyNamedTextBeside(body, best);
        }
        if (marked != null) {
            best = marked;
            bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0) * (1 - linkDensity(best)));
        }
        Element article = wholeArticle(best, voters);
        if (article != null) {
            best = article;
            bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0) * (1 - linkDensity(best)));
        }
        Element leftOpen = holderOfBoxesLeftOpen(best, body);
        if (leftOpen != null) {
            best = leftOpen;
            bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0) * (1 - linkDensity(best)));
        }
        if (isListOrTable(best) && best.parent() != null && best.parent() != body) {
            // a list or a table is part of an article (a "10 things" roundup), not all of it: take what holds it, past the
            // wrappers that hold only the table (Bootstrap's "table-responsive", an embed's box)
            Element holder = best.parent();
            while (holder.parent() != null && holder.parent() != body && !holdsOtherVoters(holder, best, voters)) {
                holder = holder.parent();
            }
            best = holder;
            bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0) * (1 - linkDensity(best)));
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
            Element peer = unwrapped(sibling, wrappers); // null: a block of another shape, no cousin of the text's
            if (peer != null && wrappers > 0 && Boilerplate.hiddenOnPhones(peer, parent)) {
                peer = null; // a side column, the text's cousin only in the page builder's markup
            }
            double siblingScore = peer == null ? 0 : scores.getOrDefault(peer, 0.0) * (1 - linkDensity(peer));
            boolean similarContainer = siblingScore >= Math.max(3, bestScore * 0.25) && linkDensity(sibling) < 0.25;
            boolean leadParagraph = isLeadBeside(sibling, beforeBest);
            // The article cut into blocks of one class between pictures and ads ("block-text"); the class is the evidence,
            // so a block whose table links every name in its first column still joins
            boolean sameBlock = peer != null && !container.className().isBlank() && hasClassesOf(peer, container) && peer.normalName().equals(container.normalName())
                && sibling.text().length() >= MIN_PARAGRAPH_LENGTH && linkDensity(sibling) < 0.5;
            if (similarContainer || leadParagraph || sameBlock) {
                content.add(sibling);
            }
        }
        // a text box with no class of its own, in a wrapper that holds only it: the wrapper's classes are the evidence
        return withSameClassParagraphs(container.className().isBlank() && wrappers > 0 ? best : container, content);
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
            if (block != null && BodyText.sendsReaderOnAsLabel(heading.text()) && linksHeadlines(block, MIN_TEASERS_HEADED)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static final Selectors.Query HEADINGS = Selectors.query("h1, h2, h3, h4, h5, h6");
    /** Headlines such a block links, at least: a list of the site's stories, not one link a paragraph makes. */
    private static final int MIN_TEASERS_HEADED = 2;

    /**
     * Whether a block links at least {@code count} headlines of other pages, each a link alone in what holds it. A link to
     * a heading of this page is a table of contents' entry (restroworks.com's guide opens with one), no other story's.
     */
    private static boolean linksHeadlines(Element block, int count) {
        int headlines = 0;
        for (Element link : Selectors.select(block, Selectors.LINKS)) {
            String text = link.text();
            if (text.length() >= MIN_HEADLINE_LINK && link.hasAttr("href") && !link.attr("href").startsWith("#") && link.parent() != null
                && link.parent().text().length() == text.length() && ++headlines >= count) {
                return true;
            }
        }
        return false;
    }

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
            if (!box.className().isBlank() && isOfTheSameKind(box.parent(), box) && AD_SLOT_NAMES.in(box.className())) {
                Element outermost = box.parent();
                while (isOfTheSameKind(outermost.parent(), box)) {
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

    private static boolean isOfTheSameKind(Element element, Element box) {
        return element != null && element.normalName().equals(box.normalName()) && element.classNames().equals(box.classNames());
    }

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
        return (element.nameIs("div") || element.nameIs("section")) && element.childrenSize() == 1 && !hasOwnText(element);
    }

    /**
     * The element marked as the article that holds the chosen container ({@code <article>},
     * {@code <main>}, {@code itemprop="articleBody"}, a class or id such as "entry-content"), when
     * the container holds under half of the article's paragraph text and the article most of the
     * page's: a story built of sections (a CMS's grid of text boxes, a page builder's rows) nests its
     * paragraphs too deep for their votes to meet in one container, while the page marks the story as
     * a whole. The other sections must hold an article's worth of text, leads of cards not counted: for
     * less, the risk of taking the story's furniture along is not worth it. Where the page marks more than the
     * story (mdr.de's {@code role=main} wrapper also holds "Mehr aus der Region" and its teasers), the sections' own
     * holder under it is taken instead ({@link #sectionsHolder}).
     */
    private static Element wholeArticle(Element best, List<Voter> voters) {
        if (best.parent() == null || best.nameIs("article") && !isContentElement(best)) {
            return null;
        }
        // a container marked as the text itself ("entry-content") is widened only to the <article> holding it, as before
        Element article = isMarkedArticle(best) && !best.nameIs("article") ? best.parent().closest(Selectors.ARTICLES) : markedArticle(best);
        if (article != null && !article.nameIs("article") && article.parent() != null) {
            // the text named so inside one block of a story written as many (each of Time Out's entries, an <article> tile,
            // names its text "articleContent"): the block is what the story is made of
            Element block = article.parent().closest(Selectors.ARTICLES);
            article = block != null && isContentElement(block) ? block : article;
        }
        while (article != null && article.nameIs("article") && isContentElement(article)) {
            article = markedArticle(article); // one block of a story written as many: the story is what holds them all
        }
        if (article == null) {
            return null;
        }
        int onPage = 0;
        int inArticle = 0;
        int inBest = 0;
        Set<Element> theArticle = Collections.singleton(article); // jsoup's elements are equal only to themselves
        Set<Element> theBest = Collections.singleton(best);
        for (Voter voter : voters) {
            onPage += voter.length();
            if (isInside(voter.paragraph(), theArticle) && !inCard(voter.paragraph(), article)) {
                inArticle += voter.length();
                if (isInside(voter.paragraph(), theBest)) {
                    inBest += voter.length();
                }
            }
        }
        boolean spreadOut = inBest * 2 < inArticle && inArticle - inBest >= MIN_SECTIONS_TEXT;
        if (!spreadOut || inArticle * 2 <= onPage) {
            return null;
        }
        Element holder = sectionsHolder(best, article, voters, inArticle);
        return holder != null ? holder : article;
    }

    /**
     * An {@code <article>} that is one block of a page, as TYPO3 writes each text, picture and gallery of a story
     * ({@code <article class="contentElement cType_textmedia">}): it has a sibling {@code <article>} of the same
     * first class (or one under the same main region), and neither links a headline (a link alone in its block).
     * Teaser cards are alike too, but each links its headline.
     */
    private static boolean isContentElement(Element article) {
        if (article.parent() == null || linksAHeadline(article)) {
            return false;
        }
        String kind = firstClass(article);
        if (kind.isEmpty()) {
            return false;
        }
        // siblings (TYPO3), or cousins under the page's main region when each sits in a section of its own (munich2022.com)
        Element main = article.parent().closest(MAIN_REGION);
        for (Element other : main == null ? article.parent().children() : main.getElementsByTag("article")) {
            if (other != article && other.nameIs("article") && kind.equals(firstClass(other)) && !linksAHeadline(other)) {
                return true;
            }
        }
        return false;
    }

    private static final Evaluator MAIN_REGION = QueryParser.parse("main, [role=main]");

    /** A link alone in its block, of a headline's length: what a teaser card holds and a block of a story does not. */
    private static boolean linksAHeadline(Element article) {
        return linksHeadlines(article, 1);
    }

    private static final int MIN_HEADLINE_LINK = 20;

    private static String firstClass(Element element) {
        String names = element.className().strip();
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    /** The sections' holder holds at least this share of the voting text of what the page marks as the article. */
    private static final double SECTIONS_HOLDER_SHARE = 0.8;
    /** Before the sections' holder, the marked article holds a headline and a date line at most. */
    private static final int MAX_TEXT_BEFORE_SECTIONS = 200;

    /**
     * The nearest ancestor of the container, under the marked article, that holds the story's sections: its first
     * voting paragraph, most of its voting text ({@link #SECTIONS_HOLDER_SHARE}; what is left out follows the story:
     * teasers' leads, readers' comments), and no more than a headline's worth of the article's text before it (a
     * lead written in the page's hero header does not vote). Null when there is none.
     */
    private static Element sectionsHolder(Element best, Element article, List<Voter> voters, int inArticle) {
        Set<Element> theArticle = Collections.singleton(article);
        Element first = voters.stream().map(Voter::paragraph)
            .filter(paragraph -> isInside(paragraph, theArticle) && !inCard(paragraph, article)).findFirst().orElse(null);
        for (Element holder = best.parent(); holder != null && holder != article; holder = holder.parent()) {
            Set<Element> theHolder = Collections.singleton(holder);
            if (first == null || !isInside(first, theHolder) || holdsMoreTextBefore(holder, article, MAX_TEXT_BEFORE_SECTIONS)) {
                continue;
            }
            int inHolder = 0;
            for (Voter voter : voters) {
                if (isInside(voter.paragraph(), theHolder) && !inCard(voter.paragraph(), article)) {
                    inHolder += voter.length();
                }
            }
            if (inHolder >= SECTIONS_HOLDER_SHARE * inArticle) {
                return holder;
            }
        }
        return null;
    }

    /**
     * Whether the ancestor holds more than {@code max} characters of text before the element: in its earlier siblings, and
     * theirs of each element between. Read only until it passes the bound, as this is asked at each level up.
     */
    private static boolean holdsMoreTextBefore(Element element, Element ancestor, int max) {
        int length = 0;
        for (Element inner = element; inner != ancestor && inner != null; inner = inner.parent()) {
            for (Element sibling = inner.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (TextSize.exceeds(sibling, max - length)) {
                    return true;
                }
                length += sibling.text().length();
            }
        }
        return false;
    }

    private static final int MIN_ARTICLE_TEXT = 500;

    /**
     * The page's one {@code <article>}, when the votes chose an element outside it and outside any other element the
     * page marks as its text, and it holds a short story's worth of voting text: readers' comments below a short story
     * outvote it (wp.pl's "opinie"), and a page that marks one element as its article says where its story is.
     */
    private static Element theOnlyArticleBeside(Element body, Element best, List<Voter> voters) {
        Elements articles = Selectors.select(body, Selectors.ARTICLES);
        if (articles.size() != 1) {
            return null;
        }
        Element article = articles.first();
        if (within(best, article) || within(article, best) || isMarkedArticle(best) || markedArticle(best) != null) {
            return null; // the votes chose text the page marks too (<main>, "entry-content"): the <article> is a box beside it, an FAQ
        }
        Set<Element> theArticle = Collections.singleton(article);
        int inArticle = 0;
        for (Voter voter : voters) {
            if (isInside(voter.paragraph(), theArticle)) {
                inArticle += voter.length();
            }
        }
        return inArticle >= MIN_ARTICLE_TEXT ? article : null;
    }

    /**
     * The page's one element named as the post's text ("entry-content", "post-body"), when the votes chose an element
     * outside it and outside anything the page marks as its text, and it holds a paragraph's worth of text however
     * much of it links: a post that lists links ("this week's news", a reading list) does not vote, and a side column's
     * prose then outvotes it.
     */
    private static Element theOnlyNamedTextBeside(Element body, Element best) {
        if (isMarkedArticle(best) || markedArticle(best) != null) {
            return null;
        }
        Element named = null;
        for (Element element : Selectors.all(body)) {
            if (element != body && Boilerplate.namesArticleText(element)) {
                if (named != null && !within(element, named)) {
                    return null; // two posts, or a post and a teaser named alike: the name says nothing
                }
                named = named == null ? element : named;
            }
        }
        if (named == null || within(best, named) || within(named, best)) {
            return null;
        }
        if (!TextSize.exceeds(named, MIN_NAMED_TEXT) || linkDensity(named) >= MAX_NAMED_TEXT_LINK_DENSITY) {
            return null;
        }
        // a side column's teaser of the site's blog may be the only box named as a post: its lead is cut off
        return ReadMoreTeaser.isCutOffLead(named.text()) ? null : named;
    }

    /**
     * A post named as such holds a paragraph's worth of text at least: TypePad's and Blogger's short posts (a video and
     * two sentences, 436 characters on an AWS blog) lost to the side column's prose when 500 were asked.
     */
    private static final int MIN_NAMED_TEXT = 100;

    /** A post that lists links still writes some words of its own around them; a grid of links (a portfolio) writes none. */
    private static final double MAX_NAMED_TEXT_LINK_DENSITY = 0.8;

    private static boolean isListOrTable(Element element) {
        return LISTS_AND_TABLES.contains(element.normalName());
    }

    /** Whether a paragraph that voted sits in {@code holder} but not in {@code part}. */
    private static boolean holdsOtherVoters(Element holder, Element part, List<Voter> voters) {
        Set<Element> theHolder = Collections.singleton(holder);
        Set<Element> thePart = Collections.singleton(part);
        for (Voter voter : voters) {
            if (isInside(voter.paragraph(), theHolder) && !isInside(voter.paragraph(), thePart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paragraph is the lead of a card in a list (a list item holding a headline and a
     * lead): a page's main region also lists other stories that way (yahoo.com's stream), and their
     * text is not more of the story.
     */
    private static boolean inCard(Element paragraph, Element within) {
        for (Element e = paragraph.parent(); e != null && e != within; e = e.parent()) {
            if (e.nameIs("li") && holdsBlocks(e)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest ancestor of the element marked as the article, or null. */
    private static Element markedArticle(Element element) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (isMarkedArticle(ancestor)) {
                return ancestor;
            }
        }
        return null;
    }

    private static boolean isMarkedArticle(Element element) {
        return element.is(Boilerplate.ARTICLE_CONTAINER) || Boilerplate.namesArticleText(element);
    }

    /** A paragraph that voted, with the length of its text (read once, while voting). */
    private record Voter(Element paragraph, int length) {}

    /**
     * Whether an element carries all of the other's classes: one block of an article may add a
     * modifier to the class of the rest ("block-text block-text_initial-letter" opens wday.ru's).
     */
    private static boolean hasClassesOf(Element element, Element other) {
        return element.classNames().containsAll(other.classNames());
    }

    private static void vote(Map<Element, Double> scores, List<Element> voted, Element element, double score) {
        if (!scores.containsKey(element)) {
            voted.add(element);
        }
        scores.merge(element, score, Double::sum);
    }

    /**
     * Adds what carries the article's own classes but sits outside the chosen container, keeping
     * document order: paragraphs of its paragraph class (CNN writes the lead in one container and
     * the rest in another, both as {@code zn-body__paragraph}), and modules of the container's own
     * kind (CMSs that build a story from text modules between pictures, quotes and ads:
     * {@code editorial-module--text}, Drupal's paragraph items, WPBakery text columns).
     */
    private static List<Element> withSameClassParagraphs(Element best, List<Element> content) {
        Element scope = ancestor(best, MAX_CLASS_SCOPE_LEVELS);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(content);
        boolean added = false;
        String paragraphClass = dominantParagraphClass(best);
        if (paragraphClass != null) {
            for (Element candidate : scope.getElementsByClass(paragraphClass)) {
                if (!isInside(candidate, chosen) && !candidate.text().isBlank() && linkDensity(candidate) < 0.5
                    && !Boilerplate.hiddenOnPhones(candidate, scope)) {
                    chosen.add(candidate);
                    added = true;
                }
            }
        }
        if (!best.className().isBlank()) {
            boolean bestLinksAHeadline = linksAHeadline(best);
            Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
            ancestors.addAll(best.parents());
            for (Element candidate : scope.getElementsByClass(best.classNames().iterator().next())) {
                if (hasClassesOf(candidate, best) && candidate.normalName().equals(best.normalName())
                    && !ancestors.contains(candidate) && !isInside(candidate, chosen)
                    && candidate.closest(Selectors.ARTICLES) == best.closest(Selectors.ARTICLES) // not the next story an infinite-scroll page preloaded
                    && candidate.text().length() >= MIN_PARAGRAPH_LENGTH && linkDensity(candidate) < 0.25
                    && !Boilerplate.hiddenOnPhones(candidate, scope)
                    // a box that links a headline the container does not is a teaser in the story's kind of box
                    // (theaustralian.news.com.au's "module-content" around the story and each of "In The Australian Today")
                    && (bestLinksAHeadline || !linksAHeadline(candidate))) {
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
            if (chosen.contains(element) && !isInside(element.parent(), chosen)) {
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
            if (!paragraph.className().isBlank() && paragraph.text().length() >= MIN_PARAGRAPH_LENGTH) {
                paragraphClasses.add(paragraph.className());
            }
        }
        if (paragraphClasses.isEmpty()) {
            return false;
        }
        boolean added = false;
        List<Element> ancestors = best.parents();
        for (Element candidate : sections.getElementsByTag(best.normalName())) {
            if (candidate != best && sharesClasses(candidate, best) && !ancestors.contains(candidate) && !isInside(candidate, chosen)
                && holdsParagraphOf(candidate, paragraphClasses)
                && candidate.closest(Selectors.ARTICLES) == best.closest(Selectors.ARTICLES)
                && linkDensity(candidate) < 0.25 && !Boilerplate.hiddenOnPhones(candidate, sections)) {
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
            if (candidate != container && isOfTheSameKind(candidate, container) && !ancestors.contains(candidate) && !isInside(candidate, chosen) && !within(container, candidate)
                && (sameKind.isEmpty() || !within(candidate, sameKind.getLast()))) {
                sameKind.add(candidate);
            }
        }
        for (int level = MAX_CLASS_SCOPE_LEVELS + 1; level <= top && !sameKind.isEmpty(); level++) {
            Element scope = ancestors.get(level - 1);
            List<Element> boxes = sameKind.stream().filter(box -> within(box, scope)).toList();
            if (boxes.isEmpty()) {
                continue;
            }
            int boxesText = container.text().length();
            for (Element box : boxes) {
                int text = box.text().length();
                if (text < MIN_PARAGRAPH_LENGTH || linkDensity(box, text) >= 0.25 || box.closest(Selectors.ARTICLES) != container.closest(Selectors.ARTICLES)
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
            if (up == null || up == scope || !up.normalName().equals(mirror.normalName()) || within(container, up)) {
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
            if (paragraphClasses.contains(paragraph.className()) && paragraph.text().length() >= MIN_PARAGRAPH_LENGTH) {
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
            leadsBefore(holder, first).stream().filter(lead -> !isInside(lead, chosen)).forEach(chosen::add);
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
            if (within(first, child)) {
                break;
            }
            if (child.nameIs("p") && isLeadParagraph(child)) {
                leads.add(child);
            }
        }
        return leads;
    }

    private static boolean holdsAll(Element holder, Set<Element> chosen) {
        return chosen.stream().allMatch(element -> within(element, holder));
    }

    /** Whether the element is the holder or inside it. */
    static boolean within(Element element, Element holder) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == holder) {
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
            int own = ownText(sibling);
            boolean writtenInto = own >= MIN_PARAGRAPH_LENGTH && (sibling.children().isEmpty()
                || beforeBody && own >= MIN_MARKED_UP_LEAD && holdsOnlyInlineMarkup(sibling));
            return writtenInto && isLeadParagraph(sibling);
        }
        return sibling.nameIs("p") && isLeadParagraph(sibling);
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

    /** A paragraph long enough and plain enough to be the lead of the text beside it. */
    private static boolean isLeadParagraph(Element element) {
        return element.text().length() >= 80 && linkDensity(element) < 0.25;
    }

    /** Bootstrap-built pages nest a module's text four levels deep (module, container, row, column). */
    private static final int MAX_CLASS_SCOPE_LEVELS = 4;
    /** Sections of a story, each in a grid of its own, sit further apart than modules. */
    private static final int MAX_SECTION_SCOPE_LEVELS = 7;
    private static final int MIN_CLASSED_PARAGRAPHS = 3;

    /** The class most of the container's paragraphs carry, if they carry one. */
    private static String dominantParagraphClass(Element container) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        int paragraphs = 0;
        for (Element p : Selectors.select(container, P_OR_DIV)) {
            if (p.nameIs("div") && !hasOwnText(p)) {
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

    private static boolean isInside(Element element, Set<Element> chosen) {
        for (Element e = element; e != null; e = e.parent()) {
            if (chosen.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Paragraph-like elements, plus divs, sections and articles that hold text directly (CMSs that write text with
     * {@code <br>}) or only through inline elements (editors that write each paragraph as a
     * {@code <div><span>…</span></div>}).
     */
    private static List<Element> paragraphs(Element body) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element candidate : Selectors.select(body, PARAGRAPHS)) {
            // a list item that holds blocks is a card (picture, headline, teaser), not a paragraph: its own paragraphs vote;
            // a reference list's items are lists of names, every one a comma, and would outvote a paper's abstract
            if (candidate.nameIs("li") ? !holdsBlocks(candidate) && !isCitation(candidate) : !isLayoutCell(candidate)) {
                paragraphs.add(candidate);
            }
        }
        for (Element div : Selectors.select(body, TEXT_BOXES)) {
            if (hasOwnText(div) || isInlineParagraph(div)) {
                paragraphs.add(div);
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
            if (outsideBlocks >= MIN_PARAGRAPH_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsBlocks(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInlineParagraph(Element div) {
        for (Element child : div.children()) {
            if (!child.tag().isInline()) {
                return false;
            }
        }
        return div.childrenSize() > 0 && div.text().length() >= MIN_PARAGRAPH_LENGTH;
    }

    static boolean hasOwnText(Element element) {
        return ownText(element) >= MIN_PARAGRAPH_LENGTH;
    }

    private static int ownText(Element element) {
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
            linkedLetters += letters(linkText);
        }
        if (linkedChars == 0) {
            return false;
        }
        int letters = letters(text);
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

    /** Letters and digits in a text: its words without the spaces and marks between them. */
    static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Share of an element's text that sits inside links. */
    static double linkDensity(Element element) {
        return linkDensity(element, element.text().length());
    }

    /** The same, for an element whose text length is known. */
    static double linkDensity(Element element, int total) {
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : Selectors.select(element, Selectors.LINKS)) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / total);
    }
}
