package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Writes the article container(s) out as plain-text paragraphs in reading order. */
final class BodyText {

    private static final Set<String> BOXES = Set.of("div", "section", "aside");

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dd", "dt");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** A trailing subheading longer than this is text, not a box's label. */
    private static final int MAX_LABEL = 60;
    private static final int MAX_LABELS = 2;
    /** After a heading sending the reader on, at least this many blocks, none longer than a teaser's, are a row of teasers. */
    private static final int MIN_TEASER_BLOCKS = 2;
    private static final int MAX_TEASER_BLOCK = 300;
    private static final Pattern LABEL_THEN_HEADLINE = Pattern.compile("[:：]\\s*\\S");
    /** A short question closing the text asks the reader to go on elsewhere ("Schon gelesen?", "Lust auf mehr?"). */
    private static final int MAX_QUESTION_LABEL = 30;
    /** A plain line sending the reader on ("Read also", "اقرأ أيضاً") is a label up to this long; longer, the writer's ("… Read more here"). */
    private static final int MAX_SENDING_LABEL = 30;

    /**
     * A table of contents' heading, its list of the page's own headings gone as furniture or left to a script to fill
     * ("Table of Contents", "Inhaltsverzeichnis", "المحتويات"), with the toggle some themes write beside it.
     */
    private static final Pattern CONTENTS_LABEL = Pattern.compile(
        "(?:table\\s+of\\s+contents?|contents|in\\s+this\\s+(?:article|post|guide)|inhaltsverzeichnis|inhalt|table\\s+des\\s+matières"
            + "|sommaire|índice|indice|tabla\\s+de\\s+contenidos?|содержание|оглавление|spis\\s+treści|περιεχόμενα|inhoudsopgave|içindekiler"
            + "|目录|目錄|المحتويات|جدول\\s+المحتويات|فهرس\\s+المحتويات|فهرست\\s+مطالب|فہرست)"
            + "\\s*[:：]?\\s*(?:\\[?\\s*(?:show|hide|toggle|anzeigen|verbergen|einblenden|ausblenden|afficher|masquer|mostrar|ocultar)\\s*]?)?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The labels of what the site puts after the article, left as plain lines when the buttons, the comment form or the
     * list of its other stories went ("Share this article", "Leave a Reply", "Also on HuffPost:", "Смотрите также:");
     * with the labels {@link ListInText#sendsReaderOn} knows ("Read also", "اقرأ أيضاً").
     */
    private static final Pattern CLOSING_LABEL = Pattern.compile(
        "(?:share(?:\\s+this(?:\\s+(?:article|story|post|page))?)?|leave\\s+a\\s+(?:reply|comment)|post\\s+a\\s+comment|add\\s+a\\s+comment"
            + "|follow\\s+us|also\\s+on\\s+\\S+(?:\\s+\\S+)?|see\\s+also|teilen|diesen\\s+artikel\\s+teilen|kommentar\\s+schreiben|partager(?:\\s+cet\\s+article)?"
            + "|compartir|compartilhe|поделиться|смотрите\\s+также|شارك(?:\\s+المقال|\\s+الخبر)?|اشتراک\\s*گذاری)\\s*[:!.]?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A line that only separates ("***", "* * *", "----"); an emoticon ("=)") is the writer's. */
    private static final Pattern SEPARATOR = Pattern.compile("[*\\-–—_~#=•·.\\s]{3,}");

    /**
     * Up to this length, a paragraph that appeals to the reader ({@link ClosingAppeal}) is all appeal wherever it stands: a
     * line a site drops between paragraphs ("Want more from NBC Select? Sign up for our newsletter."). A longer one in the
     * middle of the text may be a quote, and goes only at the end.
     */
    private static final int MAX_APPEAL_LINE = 200;
    /** Between a table row's cells on its line, as a browser copies them. */
    static final String CELL_SEPARATOR = "\t";

    private static final Evaluator TABLE = QueryParser.parse("table");

    private BodyText() {}


    /**
     * A paragraph of the body, and whether it is a subheading. {@code boxLeftEmpty}: a heading alone in its box, whose
     * content furniture removal took. {@code element}: the element whose text it is, when it is one element's.
     */
    private record Block(String text, boolean heading, boolean invitation, boolean boxLeftEmpty, Element element) {
        Block(String text, boolean heading, boolean invitation) {
            this(text, heading, invitation, false, null);
        }

        Block(String text, boolean heading) {
            this(text, heading, false);
        }

        /** Whether this block and another are written alike, side by side in one box: the author's, not a rendering's copies. */
        boolean writtenAlikeBeside(Block other) {
            return element != null && other.element != null && element.parent() == other.element.parent()
                && element.normalName().equals(other.element.normalName()) && element.className().equals(other.element.className());
        }
    }

    /** How many of the body's last blocks may be invitations to follow the site ({@link FollowInvitation}). */
    private static final int CLOSING_BLOCKS = 3;

    static List<String> paragraphs(List<Element> containers, String title) {
        List<Block> collected = new ArrayList<>();
        for (Element container : containers) {
            collect(container, collected, true);
        }
        List<Block> out = withoutRepeats(collected, title);
        out.removeIf(block -> Credits.isCopyrightNotice(block.text())
            || Credits.isPictureCredit(block.text()) || Credits.isSourceCredit(block.text()) || Credits.isCaptionEndingWithCredit(block.text())
            || Credits.isPrintEditionNote(block.text()) || Credits.isContactLine(block.text())
            || ControlLabel.is(block.text())
            || AdDisclosure.is(block.text()) || SiteDisclaimer.is(block.text()) || EmbedConsent.is(block.text())
            || CookieNotice.is(block.text()) || DateLine.is(block.text()) || PortalLines.is(block.text())
            || !block.heading() && block.text().length() <= MAX_APPEAL_LINE && ClosingAppeal.is(block.text()) || CONTENTS_LABEL.matcher(block.text()).matches());
        cutClosingTeasers(out);
        dropLabelsLeftAlone(out);
        // "follow us on Telegram", "get our app", "subscribe now for the full story": the site speaking after the article;
        // in the middle of it only a line as short as MAX_APPEAL_LINE is all appeal. The last blocks are looked at again as
        // they go, so a run of such blocks goes whole
        for (int i = out.size() - 1; i >= Math.max(1, out.size() - CLOSING_BLOCKS); ) {
            if (out.get(i).invitation() || ClosingAppeal.is(out.get(i).text())) {
                out.remove(i);
                i = out.size() - 1; // the block before the removed one is now among the last
            } else {
                i--;
            }
        }
        // short subheadings with no text after them label what furniture removal took ("Suggested stories", "اقرأ أيضاً"),
        // and so do short questions sending the reader elsewhere ("Schon gelesen?", "Lust auf mehr?");
        // a run of more than MAX_LABELS, or one with no text before it, is a page of headings and stays
        int labels = 0;
        while (labels < out.size() && isLabel(out.get(out.size() - 1 - labels))) {
            labels++;
        }
        if (labels > 0 && labels <= MAX_LABELS && labels < out.size() && !out.get(out.size() - 1 - labels).heading()) {
            out.subList(out.size() - labels, out.size()).clear();
        }
        return out.stream().map(Block::text).toList();
    }

    /**
     * Cuts a closing section of teasers the container holds under no furniture name (a page builder's "Related Stories"
     * row of cards): a heading sending the reader on, or a label line doing so ("Ссылки по теме:" over older headlines on
     * newsru.com), followed to the end only by short blocks — headlines, one-line leads, "Read more about …" — after the
     * article's own text. A longer block after such a heading is the writer's
     * (a section on related research), and the heading stays.
     */
    private static void cutClosingTeasers(List<Block> out) {
        for (int at = 1; at < out.size() - MIN_TEASER_BLOCKS; at++) {
            Block block = out.get(at);
            if (!(block.heading() || ListInText.isColonLabel(block.text())) || !sendsReaderOnAsLabel(block.text(), MAX_LABEL)) {
                continue;
            }
            if (block.boxLeftEmpty()) {
                out.remove(at--); // the label of a box of teasers already gone: what follows is the article's again
            } else if (onlyTeasersFrom(out, at + 1)) {
                out.subList(at, out.size()).clear();
                return;
            }
        }
    }

    /**
     * Drops a label sending the reader on whose list went ("Related Links", CNN's "Don't Miss", a "Read More" button's line
     * between sections): what follows it is a heading, a paragraph longer than a teaser, or nothing. A label over the list
     * it introduces ("See also:" over short lines) stays with it.
     */
    private static void dropLabelsLeftAlone(List<Block> out) {
        for (int at = out.size() - 1; at >= 0; at--) {
            String text = out.get(at).text();
            if (text.length() > MAX_LABEL || text.split("\\s+").length > MAX_LONE_LABEL_WORDS
                || !(DONT_MISS.matcher(text).matches() || sendsReaderOnAsLabel(text, MAX_LABEL))) {
                continue; // a heading that names what the text recommends ("Recommended list of top podcasts for IT…") says more
            }
            Block next = at + 1 < out.size() ? out.get(at + 1) : null;
            if (next == null || next.heading() || next.text().length() > MAX_TEASER_BLOCK) {
                out.remove(at);
            }
        }
    }

    /** Words of a label alone at most ("You may also like"). */
    private static final int MAX_LONE_LABEL_WORDS = 4;
    /** CNN's label over its picks from elsewhere on the site, which no list of words sending the reader on holds. */
    private static final Pattern DONT_MISS = Pattern.compile("don['’]t\\s+miss\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean onlyTeasersFrom(List<Block> blocks, int from) {
        for (int at = from; at < blocks.size(); at++) {
            if (blocks.get(at).text().length() > MAX_TEASER_BLOCK) {
                return false;
            }
        }
        return true;
    }

    /**
     * The blocks without the title and without what the page shows twice: a paragraph right after its own copy (a lead
     * written again as the first paragraph), and runs of blocks repeating an earlier run in order (a box or the whole
     * story rendered again for phones, a carousel's slides cloned for its loop). A paragraph that comes back alone, with
     * other text between, is the author's (a training plan's "Warm up" every day) and stays. The first copy stays. Done
     * before the end of the text is looked at, so a repeat there does not hide the label or the appeal it closes with.
     */
    private static List<Block> withoutRepeats(List<Block> blocks, String title) {
        String comparableTitle = title == null ? "" : PlainText.comparable(title);
        List<Block> untitled = blocks.stream().filter(block -> !PlainText.isComparableTo(block.text(), comparableTitle)).toList();
        List<String> texts = untitled.stream().map(Block::text).toList();
        Map<String, Integer> firstAt = new HashMap<>();
        List<Block> kept = new ArrayList<>();
        for (int at = 0; at < texts.size(); at++) {
            Integer first = firstAt.putIfAbsent(texts.get(at), at);
            if (first == null || !shownTwice(texts, first, at) || untitled.get(at).writtenAlikeBeside(untitled.get(first))) {
                kept.add(untitled.get(at));
            }
        }
        return kept;
    }

    /** Whether the block at {@code at}, a copy of the one at {@code first}, follows it or belongs to a run repeating its neighbours. */
    private static boolean shownTwice(List<String> texts, int first, int at) {
        return at == first + 1
            || first > 0 && texts.get(at - 1).equals(texts.get(first - 1))
            || at + 1 < texts.size() && texts.get(at + 1).equals(texts.get(first + 1));
    }

    private static boolean isLabel(Block block) {
        String text = block.text();
        if (text.length() > MAX_LABEL) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // not a line ending in a colon: that one often introduced what the page embeds (a post, a video), gone with it
        return block.heading() || (last == '?' || last == '\u061f') && text.length() <= MAX_QUESTION_LABEL
            || SEPARATOR.matcher(text).matches() // before what was removed
            || CLOSING_LABEL.matcher(text).matches()
            || sendsReaderOnAsLabel(text, MAX_SENDING_LABEL);
    }

    /** A label of a label's length sending the reader on: a heading over the site's other stories ("Latest news"). */
    static boolean sendsReaderOnAsLabel(String text) {
        return sendsReaderOnAsLabel(text.strip(), MAX_LABEL);
    }

    /** A label sending the reader on ("Related Stories", "Read also"), not one teaser's line ("Also read: What is app testing?"). */
    private static boolean sendsReaderOnAsLabel(String text, int maxLength) {
        return text.length() <= maxLength && !LABEL_THEN_HEADLINE.matcher(text).find() && ListInText.sendsReaderOn(text);
    }

    private static void collect(Element element, List<Block> out) {
        collect(element, out, false);
    }

    /** {@code container}: one the article was found in, never a box inside it. */
    private static void collect(Element element, List<Block> out, boolean container) {
        String tag = element.normalName();
        if (tag.equals("h1")) {
            return; // the title, reported separately
        }
        // A short block that is mostly links ("Read more: …", lists of headlines) is navigation; a box that is all
        // link is a teaser of another story (headline and lead in one <a>), however long its lead. The text is read
        // once here and handed on: every level of nesting reads its own, so reading it twice costs a tenth of the time.
        // A box longer than any of the short boxes below is none of them, and its text is not built: every level of a
        // page's nesting would build the whole article's text again, to learn that it is long.
        boolean heading = HEADINGS.contains(tag);
        String text = heading ? null : TextSize.textUnlessLonger(element, MAX_SHORT_BOX);
        boolean longBox = !heading && text == null;
        if (tag.equals("tr") && text != null && isDataRow(element, text)) {
            addRow(element, out);
            return;
        }
        if (longBox && !container && TeaserGrid.mayBe(element) && TeaserGrid.is(element, element.text().length())) {
            return;
        }
        if (!container && BOXES.contains(tag) && CommentSection.isRulesBox(element)) {
            return; // the rules for readers' comments, in a box of their own inside the story's container
        }
        if (text != null) {
            int length = text.length();
            boolean teaserBox = length < MAX_TEASER && (BOXES.contains(element.normalName()) || element.nameIs("li"));
            if ((length < 200 || teaserBox) && isMostlyLinks(element, length, teaserBox) && !ListInText.holds(element)
                && !(length < 200 && isSentenceAroundLinks(element, text))) {
                // its label goes with it when the page wrote the label apart ("<p>Read also</p><ul>…", "یہ بھی پڑھیں")
                if (!out.isEmpty() && out.getLast().text().length() <= MAX_LABEL && ListInText.sendsReaderOn(out.getLast().text())) {
                    out.removeLast();
                }
                return;
            }
            if (!container && (isAppealBox(element, text) || TeaserGrid.is(element, length) || isLabelledTeaser(element, length)
                || ReadMoreTeaser.is(element, text))) {
                return;
            }
        }
        if (BLOCKS.contains(tag) && !hasBlockChildren(element)) {
            add(element, tag, out);
            return;
        }
        // Mixed content: text written straight into a div or table cell, between <br>s, is a paragraph too.
        LooseText loose = new LooseText(out, element, text, longBox);
        for (Node child : element.childNodes()) {
            walk(child, loose, out);
        }
        loose.flush();
    }

    private static boolean isMostlyLinks(Element element, int length, boolean teaserBox) {
        double links = LinkDensity.of(element, length);
        return length < 200 && links > 0.5 || teaserBox && links >= TEASER_LINKS;
    }

    /** A teaser box: its text nearly all inside links, up to a headline and a lead's length. */
    private static final double TEASER_LINKS = 0.9;
    private static final int MAX_TEASER = 1_000;

    /** Longer than this, a box headed with an appeal holds more than the appeal. */
    private static final int MAX_APPEAL_BOX = 1_500;
    /** Up to this length, a box whose text is an appeal is all appeal (a sign-up box: its pitch and the small print). */
    private static final int MAX_SHORT_APPEAL_BOX = 500;

    /**
     * A box between the paragraphs in which the site makes an appeal: headed with one ("Sign up for
     * the CorkBeo newsletter", then how and why), or short and holding one ("Let our news meet your
     * inbox" over a sign-up form) — all of it asks, none of it reports, whatever its class says. A
     * paragraph of the article that quotes such words is no box, and stays.
     */
    private static boolean isAppealBox(Element element, String text) {
        if (!BOXES.contains(element.normalName())) {
            return false;
        }
        Element first = element.firstElementChild();
        // the heading may sit in a wrapper of its own (<span class="factbox-header"><h3>…</h3></span>)
        while (first != null && !HEADINGS.contains(first.normalName()) && first.childrenSize() == 1
            && first.textNodes().stream().allMatch(TextNode::isBlank)) {
            first = first.firstElementChild();
        }
        if (first != null && HEADINGS.contains(first.normalName()) && (ClosingAppeal.is(first.text()) || opensAnAppeal(first.nextElementSibling()))) {
            return text.length() <= MAX_APPEAL_BOX;
        }
        return text.length() <= MAX_SHORT_APPEAL_BOX && ClosingAppeal.is(text) || ClosingAppeal.holdsSignUpSmallPrint(text);
    }

    /**
     * A box's line under its heading that asks, as a strapline does: "The Truth Must be Told", then "Your contribution supports
     * independent journalism" over the pitch and the donation forms.
     */
    private static boolean opensAnAppeal(Element strapline) {
        return strapline != null && strapline.nameIs("p") && strapline.text().length() <= MAX_APPEAL_LINE && ClosingAppeal.is(strapline.text());
    }

    /** Shorter than this, a link's text is a label or a button, not another story's headline. */
    private static final int MIN_HEADLINE = 20;

    /**
     * A box between the paragraphs that opens with a label sending the reader on and links another story's headline
     * (rp.pl's "Czytaj więcej" over a picture, the headline and its lead): a teaser, however much of its text the lead
     * holds outside the links.
     */
    private static boolean isLabelledTeaser(Element element, int length) {
        // a table too: money.pl heads its rows of teasers between the paragraphs with "Czytaj w Money.pl" in the first row
        if (!BOXES.contains(element.normalName()) && !element.nameIs("table") || length >= MAX_TEASER) {
            return false;
        }
        Element label = firstTextHolder(element);
        if (label == null || label == element) {
            return false;
        }
        String labelText = label.text();
        if (labelText.length() >= length || !sendsReaderOnAsLabel(labelText, MAX_LABEL) || !isBlockOfItsOwn(label, element)) {
            return false;
        }
        for (Element link : element.select("a[href]")) {
            if (link.text().length() >= MIN_HEADLINE && !label.parents().contains(link) && link != label && standsAlone(link)) {
                return true;
            }
        }
        return false;
    }

    /** A headline's link stands in no sentence: no words beside it in what holds it ("…only in <a>older patients</a>, and…"). */
    private static boolean standsAlone(Element link) {
        for (Node sibling : link.siblingNodes()) {
            if (sibling instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the label is a block of its own, not the opening words of a paragraph that goes on: "<strong>Read more:</strong>
     * <a>…</a>" opens a text block that may hold the article's next paragraphs (Squarespace writes them all in one).
     */
    private static boolean isBlockOfItsOwn(Element label, Element box) {
        Element block = label;
        while (block.is(Boilerplate.PHRASING) && block.parent() != null && block.parent() != box) {
            block = block.parent();
        }
        return block.text().length() == label.text().length();
    }

    /** The element whose text the box's first words are. */
    private static Element firstTextHolder(Element box) {
        for (Node child : box.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return box;
            }
            if (child instanceof Element element) {
                Element holder = firstTextHolder(element);
                if (holder != null) {
                    return holder;
                }
            }
        }
        return null;
    }

    /** Inline content joins the current paragraph; a {@code <br>} or a block ends it. */
    private static void walk(Node node, LooseText loose, List<Block> out) {
        if (node instanceof TextNode text) {
            loose.text.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (isLineBreak(element)) {
                loose.flush();
            } else if (isBlock(element)) {
                loose.flush();
                int before = out.size();
                collect(element, out);
                loose.blockAdded(before);
            } else {
                if (element.nameIs("a") && element.hasAttr("href")) {
                    loose.linked += element.text().length();
                    loose.links++;
                }
                for (Node child : element.childNodes()) {
                    walk(child, loose, out);
                }
            }
        }
    }

    /**
     * A {@code <br>}, or an empty element written as one: The Times of India's {@code <span class="id-r-component br">}, which
     * its stylesheet shows as a break.
     */
    private static boolean isLineBreak(Element element) {
        return element.normalName().equals("br") || element.childNodeSize() == 0 && element.hasClass("br");
    }

    /** Fewer links than this make a line that sends the reader on, or a headline, which may be the page's own. */
    private static final int MIN_LINKS_IN_MENU_LINE = 3;

    /**
     * Text written between {@code <br>}s, cut into paragraphs. A line too short to be a paragraph is
     * dropped (a date, "Advertisement"), unless it sits between two paragraphs of the same run of
     * text: there it is a subheading the page wrote as a plain line ("انتكاسة جديدة").
     */
    private static final class LooseText {
        private final StringBuilder text = new StringBuilder();
        /** How much of the current line's text is inside links, and in how many. */
        private int linked;
        private int links;
        private final List<Block> out;
        /** Where the lines are written, and its text; a short box of lines beside links to the site's channels is an invitation. */
        private final Element element;
        private final String elementText;
        private Boolean invitation;
        private boolean afterParagraph;
        private String pendingSubheading;

        LooseText(List<Block> out, Element element, String elementText, boolean longBox) {
            this.out = out;
            this.element = element;
            this.elementText = elementText;
            this.invitation = longBox ? false : null; // an invitation is a short box
        }

        /** Asked once, and only of an element that wrote a line. */
        private boolean invitation() {
            if (invitation == null) {
                invitation = FollowInvitation.is(element, elementText == null ? element.text() : elementText);
            }
            return invitation;
        }

        void flush() {
            String line = PlainText.clean(text.toString());
            text.setLength(0);
            int linkedText = linked;
            int linksInLine = links;
            linked = 0;
            links = 0;
            if (linksInLine >= MIN_LINKS_IN_MENU_LINE && line.length() < 200 && linkedText > 0.5 * line.length()) {
                return; // a menu written as a line ("News: ePaper | Front Page | National | …"), as a short block of links is
            }
            if (line.length() >= MainContent.MIN_PARAGRAPH_LENGTH) {
                if (pendingSubheading != null) {
                    out.add(new Block(pendingSubheading, true));
                }
                out.add(new Block(line, false, invitation(), false, element));
                afterParagraph = true;
                pendingSubheading = null;
            } else if (!line.isEmpty() && isAnnouncedLine(out) && !SLIDE_COUNTER.matcher(line).matches()) {
                out.add(new Block(line, false, false, false, element)); // an item of a list the text announced ("Ingredients:")
            } else if (!line.isEmpty()) {
                // a second short line in a row is a list of labels, not a subheading
                pendingSubheading = afterParagraph && pendingSubheading == null && line.length() > 1 ? line : null;
                afterParagraph = false;
            }
        }

        /** A block element between the lines, which wrote out from this index: one that wrote text ends the run. */
        void blockAdded(int from) {
            if (out.size() > from) { // an empty block, or furniture removed, leaves the run whole
                afterParagraph = false;
                pendingSubheading = null;
            }
        }
    }

    /**
     * Whether a short line follows a paragraph of the text that ends in a colon, and only lines of a list's length after
     * it: an item of a list the text announced and wrote one item a line ("Ingredients for 4 portions:", then "1 large
     * onion", "4 cloves garlic"), which is the writer's, however short. A line too short to be a paragraph goes otherwise.
     * Not after a label sending the reader on ("Read more on this topic:").
     */
    private static boolean isAnnouncedLine(List<Block> out) {
        for (int at = out.size() - 1; at >= 0 && at >= out.size() - MAX_ANNOUNCED_ITEMS; at--) {
            Block block = out.get(at);
            String text = block.text();
            if (block.heading()) {
                return false;
            }
            if (ListInText.endsInColon(text)) {
                return text.length() >= MainContent.MIN_PARAGRAPH_LENGTH && text.length() <= MAX_ANNOUNCED_LINE * 2
                    && !ListInText.sendsReaderOn(text);
            }
            if (text.length() > MAX_ANNOUNCED_LINE) {
                return false;
            }
        }
        return false;
    }

    /** A gallery's counter over each slide ("Image 1 of 5", "2/12"): after "The newly selected five are:" on space.com, no item. */
    private static final Pattern SLIDE_COUNTER = Pattern.compile(
        "(?:(?:image|photo|picture|slide|bild|foto|imagen|صورة)\\s*)?\\d+\\s*(?:of|/|von|de|sur|из|من)\\s*\\d+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Longer than this, a line is a paragraph, not an item of a list written one item a line. */
    private static final int MAX_ANNOUNCED_LINE = 80;
    /** How far back the announcing line is looked for. */
    private static final int MAX_ANNOUNCED_ITEMS = 40;

    /** Longer than this, a table row holds more than data: a page laid out in a table, the article in one of its cells. */
    private static final int MAX_DATA_ROW = 500;
    /** Longer than this, a box is none of the short ones {@link #collect} looks for: teasers, appeals, sign-up boxes, data rows, invitations. */
    private static final int MAX_SHORT_BOX = Math.max(Math.max(MAX_TEASER, MAX_APPEAL_BOX), Math.max(ClosingAppeal.MAX_SIGN_UP_BOX,
        Math.max(FollowInvitation.MAX_LENGTH, MAX_DATA_ROW)));

    /**
     * A row of a table of data (a ranking, a price list, pros and cons): short, with no table in it,
     * two cells or more, and one of them text that is not a link. Written as one line however short its cells:
     * cell by cell, each cell under 25 characters, the figures were dropped as fragments. A row of
     * one cell, or of links only, is a page laid out in a table (a list of more stories).
     */
    private static boolean isDataRow(Element row, String text) {
        if (text.length() > MAX_DATA_ROW || row.selectFirst(TABLE) != null) {
            return false;
        }
        Cells cells = Cells.of(row);
        if (cells.count() < 2) {
            return false;
        }
        if (cells.plain()) {
            // a list of stories, each a date and a linked headline ("Mar 1, 2020 | News Media Attacks…"), is no data
            return !(HeadlineLinks.any(row) && plainCellsAreDates(row));
        }
        // a lineup's row ("4. <a>Yunel Escobar</a> (R) SS"): each cell a linked name with words of its own, in a table whose
        // other rows have plain cells; a row of nothing but links stays a list of more stories
        if (!cells.anyText() || !cells.allWordsOfTheirOwn()) {
            return false;
        }
        Element rows = row.parent();
        for (int at = 0; rows != null && at < Math.min(rows.childrenSize(), MAX_ROWS_LOOKED_AT); at++) {
            Element other = rows.child(at);
            if (other != row && other.nameIs("tr") && other.text().length() <= MAX_DATA_ROW) {
                Cells otherCells = Cells.of(other);
                if (otherCells.count() == cells.count() && otherCells.plain()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of a table's first rows a row of linked names looks at for one of plain data: each of its rows asks. */
    private static final int MAX_ROWS_LOOKED_AT = 20;

    /**
     * A row's cells: how many ({@code <td>} and {@code <th>}; an empty cell counts, as a feature table marks its columns with
     * icons), whether one of them is text that is mostly not a link, whether any holds text, whether every cell with
     * text has some outside links.
     */
    private record Cells(int count, boolean plain, boolean anyText, boolean allWordsOfTheirOwn) {
        static Cells of(Element row) {
            int count = 0;
            boolean plain = false;
            boolean anyText = false;
            boolean allWordsOfTheirOwn = true;
            for (Element cell : row.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    count++;
                    String cellText = cell.text();
                    if (!cellText.isBlank()) {
                        anyText = true;
                        double links = LinkDensity.of(cell, cellText.length());
                        plain |= links <= 0.5;
                        allWordsOfTheirOwn &= links < 1;
                    }
                }
            }
            return new Cells(count, plain, anyText, allWordsOfTheirOwn);
        }
    }

    /**
     * Whether each of the row's cells with text that is not mostly a link is a date and no more. Asked only of a row that
     * links a headline, so a table of figures never has its cells read for dates.
     */
    private static boolean plainCellsAreDates(Element row) {
        for (Element cell : row.children()) {
            String text = cell.nameIs("td") || cell.nameIs("th") ? cell.text() : "";
            if (!text.isBlank() && LinkDensity.of(cell, text.length()) <= 0.5
                && (text.length() > MAX_DATE_CELL || ShownDate.parse(text, "en").isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** A date written out ("September 28, 2020") fits in this. */
    private static final int MAX_DATE_CELL = 25;

    /** A row's cells on one line, separated by tabs as a browser copies them. */
    private static void addRow(Element row, List<Block> out) {
        StringJoiner line = new StringJoiner(CELL_SEPARATOR);
        for (Element cell : row.children()) {
            String text = PlainText.clean(cell.text());
            if (!text.isEmpty() && (cell.nameIs("td") || cell.nameIs("th"))) {
                line.add(text);
            }
        }
        if (line.length() > 0) {
            out.add(new Block(line.toString(), false));
        }
    }

    private static void add(Element block, String tag, List<Block> out) {
        if (tag.equals("pre")) {
            addPreformatted(block, out);
            return;
        }
        String text = PlainText.clean(block.text());
        if (text.isEmpty()) {
            return;
        }
        boolean heading = HEADINGS.contains(tag);
        // Lists of links (more-on-this-topic lines) and one-word fragments are not article text.
        if (!heading && text.length() < 200 && LinkDensity.of(block) > 0.5 && !ListInText.holds(block) && !isSentenceAroundLinks(block, text)) {
            return;
        }
        if (heading && isTrailOfLinks(block, text)) {
            return;
        }
        out.add(new Block(text, heading, !heading && FollowInvitation.is(block, text), heading && isAloneInItsBox(block, text), block));
    }

    /**
     * A sentence whose words stand before its first link and after its last ("JAMA Pediatrics' <a>retraction, published
     * July 16, 2021</a>, said:" before a quote): the writer's, however much of it links. A line sending the reader on
     * ends with its link ("Read more: <a>…</a>").
     */
    private static boolean isSentenceAroundLinks(Element block, String text) {
        Elements links = Selectors.select(block, Selectors.LINKS);
        if (links.isEmpty()) {
            return false;
        }
        String first = links.first().text();
        String last = links.last().text();
        int before = first.isEmpty() ? -1 : text.indexOf(first);
        int after = last.isEmpty() ? -1 : text.lastIndexOf(last);
        if (before < 0 || after < 0) {
            return false;
        }
        String following = text.substring(after + last.length());
        if (TextSize.letters(following) < MIN_WORDS_AROUND) {
            return false;
        }
        return TextSize.letters(text.substring(0, before)) >= MIN_WORDS_AROUND || goesOnInLowerCase(following);
    }

    /** Whether the first word after a link is written in lower case: the sentence the link opened goes on ("<a>Reuters</a> reported…"). */
    private static boolean goesOnInLowerCase(String following) {
        for (int i = 0; i < following.length(); i++) {
            char c = following.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Letters on either side of a sentence's links: a word or two, not a label's colon or a closing period. */
    private static final int MIN_WORDS_AROUND = 3;

    /**
     * A heading written as links one after the other ("<h2><a>Home page</a><a>News</a><a>Health & Business</a></h2>" on
     * iatronet.gr): a breadcrumb trail, which opens at the home page, not a heading of the text. A headline linked to its own
     * story is one link; a heading whose words link to pages it names ("9. Parking & Insurance") or to itself (Sphinx's
     * permalink) does not open at the home page.
     */
    private static boolean isTrailOfLinks(Element heading, String text) {
        Elements links = Selectors.select(heading, Selectors.LINKS);
        if (links.size() < 2 || !HomePageLink.is(links.first().attr("href"))) {
            return false;
        }
        int linked = 0;
        for (Element link : links) {
            linked += TextSize.letters(link.text());
        }
        return linked >= TRAIL_LINKS * TextSize.letters(text);
    }

    /** How much of a trail's letters its links hold: the separators between them ("›", "|") are all it writes itself. */
    private static final double TRAIL_LINKS = 0.9;

    /** A heading whose box holds other elements but no other text: what it labelled was removed as furniture. */
    private static boolean isAloneInItsBox(Element heading, String text) {
        Element box = heading.parent();
        return box != null && BOXES.contains(box.normalName()) && box.childrenSize() > 1
            && !TextSize.holdsMoreThan(box, text.length()) && PlainText.clean(box.text()).equals(text);
    }

    /** A code listing or verse keeps its lines and their indentation; blank lines around it go. */
    private static void addPreformatted(Element pre, List<Block> out) {
        StringJoiner lines = new StringJoiner("\n");
        for (String line : pre.wholeText().replace('\u00A0', ' ').replaceAll("[\u200B\uFEFF]", "").split("\\R")) {
            lines.add(line.stripTrailing());
        }
        String text = lines.toString().replaceAll("^\n+|\n+$", "");
        if (!text.isBlank()) {
            out.add(new Block(text, false));
        }
    }

    /**
     * In a heading, blocks that write nothing do not count: Substack puts an anchor's empty boxes and its button in each one.
     * Elsewhere an empty block still parts the text around it (a stray {@code </p>} after a line break in a list item).
     */
    private static boolean hasBlockChildren(Element element) {
        boolean heading = HEADINGS.contains(element.normalName());
        for (Element child : element.children()) {
            if (isBlock(child) && (!heading || child.hasText())) {
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

}
