package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Where the page says where its story is ({@code <article>}, {@code <main>}, {@code itemprop="articleBody"}, a class such
 * as "entry-content"), and the votes chose less than the story or something beside it: the container is widened to, or
 * replaced by, what the page marks ({@link MainContent}).
 */
final class MarkedArticle {

    /** Voting text the story's other sections hold, at least, for the container to widen to them: an article's worth. */
    private static final int MIN_SECTIONS_TEXT = 500;

    private MarkedArticle() {}

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
    static Element wholeArticle(Element best, List<Votes.Voter> voters) {
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
        for (Votes.Voter voter : voters) {
            onPage += voter.length();
            if (Ancestry.insideAny(voter.paragraph(), theArticle) && !inCard(voter.paragraph(), article)) {
                inArticle += voter.length();
                if (Ancestry.insideAny(voter.paragraph(), theBest)) {
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
        if (article.parent() == null || HeadlineLinks.any(article)) {
            return false;
        }
        String kind = firstClass(article);
        if (kind.isEmpty()) {
            return false;
        }
        // siblings (TYPO3), or cousins under the page's main region when each sits in a section of its own (munich2022.com)
        Element main = article.parent().closest(MAIN_REGION);
        for (Element other : main == null ? article.parent().children() : main.getElementsByTag("article")) {
            if (other != article && other.nameIs("article") && kind.equals(firstClass(other)) && !HeadlineLinks.any(other)) {
                return true;
            }
        }
        return false;
    }

    private static final Evaluator MAIN_REGION = QueryParser.parse("main, [role=main]");

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
    private static Element sectionsHolder(Element best, Element article, List<Votes.Voter> voters, int inArticle) {
        Set<Element> theArticle = Collections.singleton(article);
        Element first = voters.stream().map(Votes.Voter::paragraph)
            .filter(paragraph -> Ancestry.insideAny(paragraph, theArticle) && !inCard(paragraph, article)).findFirst().orElse(null);
        for (Element holder = best.parent(); holder != null && holder != article; holder = holder.parent()) {
            Set<Element> theHolder = Collections.singleton(holder);
            if (first == null || !Ancestry.insideAny(first, theHolder) || holdsMoreTextBefore(holder, article, MAX_TEXT_BEFORE_SECTIONS)) {
                continue;
            }
            int inHolder = 0;
            for (Votes.Voter voter : voters) {
                if (Ancestry.insideAny(voter.paragraph(), theHolder) && !inCard(voter.paragraph(), article)) {
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
    static Element theOnlyArticleBeside(Element body, Element best, List<Votes.Voter> voters) {
        Elements articles = Selectors.select(body, Selectors.ARTICLES);
        if (articles.size() != 1) {
            return null;
        }
        Element article = articles.first();
        if (Ancestry.within(best, article) || Ancestry.within(article, best) || isMarkedArticle(best) || markedArticle(best) != null) {
            return null; // the votes chose text the page marks too (<main>, "entry-content"): the <article> is a box beside it, an FAQ
        }
        Set<Element> theArticle = Collections.singleton(article);
        int inArticle = 0;
        for (Votes.Voter voter : voters) {
            if (Ancestry.insideAny(voter.paragraph(), theArticle)) {
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
    static Element theOnlyNamedTextBeside(Element body, Element best) {
        if (isMarkedArticle(best) || markedArticle(best) != null) {
            return null;
        }
        Element named = null;
        for (Element element : Selectors.all(body)) {
            if (element != body && Boilerplate.namesArticleText(element)) {
                if (named != null && !Ancestry.within(element, named)) {
                    return null; // two posts, or a post and a teaser named alike: the name says nothing
                }
                named = named == null ? element : named;
            }
        }
        if (named == null || Ancestry.within(best, named) || Ancestry.within(named, best)) {
            return null;
        }
        if (!TextSize.exceeds(named, MIN_NAMED_TEXT) || LinkDensity.of(named) >= MAX_NAMED_TEXT_LINK_DENSITY) {
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

    /**
     * Whether a paragraph is the lead of a card in a list (a list item holding a headline and a
     * lead): a page's main region also lists other stories that way (yahoo.com's stream), and their
     * text is not more of the story.
     */
    private static boolean inCard(Element paragraph, Element within) {
        for (Element e = paragraph.parent(); e != null && e != within; e = e.parent()) {
            if (e.nameIs("li") && Votes.holdsBlocks(e)) {
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
}
