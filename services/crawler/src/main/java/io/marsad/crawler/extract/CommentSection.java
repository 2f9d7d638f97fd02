package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What readers add to a page (comments, replies) and the note that introduces them: never article text. */
final class CommentSection {

    /**
     * Class and id words of readers' comments (and other blogs' links to a post) in the languages themes are written in:
     * German "kommentare", Polish "komentarze" and "koment", Italian "commenti", French, Spanish, the misspelt "coment", and
     * "comm" as themes shorten it (se.pl's {@code articleComm}, bigmir.net's {@code commAddForm}).
     */
    static final String COMMENT_NAMES =
        "comments?|comm|kommentar\\w*|komentar\\w*|koment|coments?|comment[io]|commentaires?|comentarios?|trackbacks?|pingbacks?|disqus";
    private static final String READER_CONTENT_NAMES = COMMENT_NAMES + "|comment-?list|replies|responses";
    /** Words that name what readers add to a page: removed even when they outweigh the article. */
    private static final NameWords READER_CONTENT = NameWords.of(READER_CONTENT_NAMES);
    /**
     * The same, read in names written in camel case, and readers' opinions there: wp.pl's {@code opOpinie}. Alone,
     * "opinie" is also Dutch for an opinion column, which is the text.
     */
    private static final NameWords READER_CONTENT_CAMEL_CASED = NameWords.of(READER_CONTENT_NAMES + "|opinie");
    /**
     * Readers' "comments" in English, French, German, Spanish, Portuguese, Russian, Arabic, Persian,
     * Urdu, Hebrew and Turkish: plurals and the like, since an article's own last line often says
     * someone "declined to comment".
     */
    private static final Pattern COMMENT_WORDS = Pattern.compile(
        "(?iu)comments|commenting|commentaires|kommentare|comentários|comentarios|комментари|التعليقات|تعليقات|تعليقك|نظرات|تبصرے|תגובות|yorumlar");
    private static final int MAX_PREAMBLE = 500;
    private static final int MAX_HOUSE_RULES = 1500;
    /**
     * A heading that only announces readers' comments: "Comments", "1 Comment", "Comments (3)", "التعليقات", "Kommentare",
     * "Your say". "Comment" alone is no such heading: an opinion piece heads its part of comment so.
     */
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
        "(?iu)(?:\\d+\\s+comment|comment\\s*\\(\\d+\\)|(?:have\\s+)?your\\s+say|(?:\\d+\\s+)?(?:comments|reader comments|commentaires|kommentare|comentários|comentarios"
            + "|комментарии|التعليقات|تعليقات|نظرات|تبصرے)(?:\\s*\\(\\d+\\))?)\\s*:?");
    /** Headings, and plain boxes that may hold a heading's text alone; parsed once, as this runs on every page. */
    private static final Selectors.Query HEADINGS_OR_LABELS = Selectors.tags("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b");
    /**
     * An empty link target named for the comments ({@code <a name="comments"></a>}, {@code commentSection}): where older
     * themes begin them. A word of layout may follow the name, not any word ("commentary" is an article's own).
     */
    private static final Pattern COMMENTS_TARGET = Pattern.compile(
        "(?i)(?:" + COMMENT_NAMES + ")(?:[-_]?(?:section|area|list|start|form|block|box|container|wrapper|anchor))?");
    private static final Selectors.Query LINK_TARGETS = Selectors.onlyWhere(e -> e.nameIs("a"), "a[name], a[id]");
    private static final Evaluator BODY_OR_ARTICLE = QueryParser.parse("body, " + Boilerplate.ARTICLE_CONTAINERS);
    private static final int MAX_LABEL = 30;
    private static final int MIN_TEXT_BEFORE = 200;

    private CommentSection() {}

    /**
     * Whether the element's class or id names readers' comments ({@link Boilerplate#namingWords}: "has-comments" on a post
     * names what follows it, not the post), also in camel case ("opOpinie").
     */
    static boolean isOne(Element element) {
        if (READER_CONTENT.in(Boilerplate.namingWords(element))) {
            return true;
        }
        String camelCase = Boilerplate.camelCaseNamingWords(element);
        return camelCase != null && READER_CONTENT_CAMEL_CASED.in(camelCase);
    }

    /**
     * Headings that open a comment section written as the post's own siblings, with what follows each
     * of them: Movable Type and older blog themes write {@code <h2 id="comments">Comments</h2>} and
     * then each comment as a div beside the post's paragraphs, with no element holding the comments
     * to be removed whole. A heading is told by its class or id or by text that only names comments;
     * a plain box of that text alone is one too ({@code <div class="yvhd">Comments</div>} and then
     * readers' paragraphs of the story's own class, as the Telegraph wrote them), but only after a
     * post's worth of text among its siblings: a "Comments" label above the story (a tab, a count)
     * opens nothing. (Headings are not asked that: themes put the comments' heading first in a box of
     * its own after the post.) An empty link target named for them ({@code <a name="comments"></a>},
     * where the "Read comments" link leads) opens them too, after a post's worth of text.
     */
    static List<Node> openedByHeadingsOrTargets(Element root) {
        List<Node> section = new ArrayList<>();
        for (Element heading : Selectors.select(root, HEADINGS_OR_LABELS)) {
            boolean isHeading = Boilerplate.HEADINGS.contains(heading.normalName());
            if (!isHeading && Selectors.hasElementChildren(heading)) {
                continue;
            }
            String text = heading.text();
            if (!isHeading && text.length() > MAX_LABEL) {
                continue;
            }
            if (isHeading && isOne(heading) || COMMENTS_HEADING.matcher(text.trim()).matches()) {
                // a plain box is less sure a heading than an <h2>: it must close a post's worth of text
                addOpenedSection(root, heading, !isHeading, section);
            }
        }
        for (Element target : Selectors.select(root, LINK_TARGETS)) {
            String name = target.hasAttr("name") ? target.attr("name") : target.id();
            if (!Selectors.hasElementChildren(target) && target.text().isBlank() && COMMENTS_TARGET.matcher(name.trim()).matches()) {
                addOpenedSection(root, target, true, section); // a jump target, not a heading: after a post's worth of text only
            }
        }
        return section;
    }

    /**
     * Adds the opener (or the box it sits alone in) and every sibling after it, unless it must follow text and does not.
     * Text between the siblings goes too: old pages write each comment as bare text after its author's {@code <b>}.
     */
    private static void addOpenedSection(Element root, Element opener, boolean mustFollowText, List<Node> section) {
        // the opener may sit alone in a box of its own (<div class="commentform"><h2 id="comments">), the comments beside the box
        while (opener.parent() != null && opener.parent() != root && opener.parent().childrenSize() == 1
            && opener.parent().ownText().isBlank() && !opener.parent().is(BODY_OR_ARTICLE)) {
            opener = opener.parent();
        }
        if (mustFollowText && !followsText(opener)) {
            return;
        }
        section.add(opener);
        for (Node next = opener.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Element || next instanceof TextNode) {
                section.add(next);
            }
        }
    }

    /** Whether the siblings before the element hold a post's worth of text. */
    private static boolean followsText(Element element) {
        int text = 0;
        for (Element before = element.previousElementSibling(); before != null && text < MIN_TEXT_BEFORE; before = before.previousElementSibling()) {
            text += before.text().length();
        }
        return text >= MIN_TEXT_BEFORE;
    }

    /**
     * The short note right before a comment section that introduces it ("Comments are moderated",
     * "الآراء الواردة أدناه لا تعبر عن رأي الموقع"), told by its place (the element before the
     * comments, or the last one inside it) and by a word for comments in the languages Marsad reads;
     * often without a class to tell it. Null when there is none, or the element is no comment section.
     */
    static Element preamble(Element comments) {
        if (!isOne(comments)) {
            return null;
        }
        Element before = comments.previousElementSibling();
        if (before != null && isHouseRules(before)) {
            return before;
        }
        // the note may also close the block before the comments, as its last element
        while (before != null && TextSize.exceeds(before, MAX_PREAMBLE)) {
            before = before.lastElementChild();
        }
        if (before == null || before.is(Boilerplate.ARTICLE_CONTAINER) || before.selectFirst(Boilerplate.ARTICLE_CONTAINER) != null) {
            return null;
        }
        return COMMENT_WORDS.matcher(before.text()).find() ? before : null;
    }

    /**
     * A box of the rules a site sets for readers' comments, headed as such ("What You Should Know About Comments on
     * Sacbee.com", "Comment guidelines") and naming comments again and again in the rules below: wherever it stands, no
     * story. A story about comments is not headed by a line of its own inside a box of the page.
     */
    static boolean isRulesBox(Element box) {
        // the first line first: it rules out nearly every box of a page, which is asked on the way to the votes
        Element heading = null;
        int at = 0;
        for (; at < box.childrenSize() && heading == null; at++) {
            heading = box.child(at).hasText() ? box.child(at) : null;
        }
        if (heading == null || TextSize.exceeds(heading, MAX_LABEL_OF_RULES) || !COMMENT_WORDS.matcher(heading.text()).find()) {
            return false;
        }
        int blocks = 1;
        for (; at < box.childrenSize() && blocks < MIN_RULES_BLOCKS; at++) {
            blocks += box.child(at).hasText() ? 1 : 0;
        }
        if (blocks < MIN_RULES_BLOCKS || TextSize.exceeds(box, MAX_RULES_BOX)) {
            return false;
        }
        Matcher words = COMMENT_WORDS.matcher(box.text());
        int named = 0;
        while (named < MIN_RULES_NAMING_COMMENTS && words.find()) {
            named++;
        }
        return named >= MIN_RULES_NAMING_COMMENTS;
    }

    private static final int MAX_LABEL_OF_RULES = 100;
    private static final int MAX_RULES_BOX = 4_000;
    private static final int MIN_RULES_BLOCKS = 3;
    private static final int MIN_RULES_NAMING_COMMENTS = 5;

    /** A paragraph, or a box that holds its text inline: the post before the comments holds blocks of its own. */
    private static boolean isOneParagraph(Element element) {
        if (!element.nameIs("p") && !element.nameIs("div")) {
            return false;
        }
        for (Element inside : element.getAllElements()) {
            if (inside != element && !inside.is(Boilerplate.PHRASING) && !inside.nameIs("br")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rules a site sets for its readers' comments, longer than a note ("Bitte achten Sie darauf, dass Ihre Kommentare
     * themenbezogen sind… Kommentare müssen…"): one element right before the comments, no story, and comments named
     * more than once.
     */
    private static boolean isHouseRules(Element element) {
        if (TextSize.exceeds(element, MAX_HOUSE_RULES) || !TextSize.exceeds(element, MAX_PREAMBLE) || !isOneParagraph(element)) {
            return false;
        }
        Matcher words = COMMENT_WORDS.matcher(element.text());
        int named = 0;
        while (named < 2 && words.find()) {
            named++;
        }
        return named >= 2;
    }
}
