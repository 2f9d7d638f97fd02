package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture, recognised by element, ARIA role or class/id words (navigation, share bars, tag lists, "read
 * also" and related blocks, comments, cookie banners, ads, bylines and captions).
 * <p>
 * The class/id words are structural English vocabulary that CMS themes use whatever the page's
 * language, so the rule works for Arabic and Russian pages as well as English ones.
 */
final class Boilerplate {

    private static final Evaluator EXHIBIT_CONTENT = QueryParser.parse("table, pre, blockquote");

    // parsed once: jsoup parses a selector given as a string on every call, and these run on every element
    private static final Evaluator SPANS_IN_PARAGRAPHS = QueryParser.parse("p span");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator FURNITURE = QueryParser.parse("nav, footer, aside, header, menu, figure, figcaption, address");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
        "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    /** The words that name an ad slot in class names. */
    static final String AD_NAMES = "(?:ads?|advert\\w*|adsense|dfp)";
    /** Class and id words of what is not the article: related stories, sharing, comments, ads, bylines, menus. */
    static final String FURNITURE_NAMES =
        "related\\w*|similar\\w*|read-?also|also-?read|see-?also|read-?more|read-?next|inread|more-?(?:stories|news|articles|from)"
            + "|recommend\\w*|suggest\\w*|most-?(?:read|popular|viewed|shared)|popular|trending|tags?|tag-?(?:list|cloud)|keywords?|topics-?list"
            + "|shar(?:e|ing)\\w*|social|sociable|breadcrumbs?|" + CommentSection.COMMENT_NAMES + "|cookies?|consent|gdpr|newsletter|subscribe|signup"
            + "|" + AD_NAMES + "|promo\\w*|shop|marketplace|sponsor\\w*|partner-?content|outbrain|taboola"
            + "|byline|author-?(?:box|info|bio|name)?|post-?meta(?:-?data)?|entry-?meta|article-?meta|meta|dateline|timestamp|date|source|credits?"
            + "|disclaimers?|tooltips?|caption|legend|copyright|pagination|pager|nav|navbar|navigation|menu|sidebar|aside|widgets?|ticker|breaking|print|toolbar"
            // Joomla's modules, its widgets ("moduletable", "moduletable_menu"): the article is its component's, never a module
            + "|moduletable\\w*"
            + "|ratings?|poll|modal|dialog(?=$|\\s)|pop-?up|flyout|sr-only|visually-hidden|offscreen|screen-?reader-?(?:text|only)|skip-?link|live-?blog-?nav|placeholder|nocontent|noscript"
            // a table of contents' box, not the sections its links lead to, which themes name after it ("toc_faq", "toc-target");
            // (its menu of "jump links" is a list of links: vivint.com's sections sit in its box, "paragraph--type--jump-link")
            + "|toc(?:-?(?:container|wrapper|list|box|title|widget|block|nav|holder))?(?=$|\\s)|table-?of-?contents";
    private static final NameWords FURNITURE_WORDS = NameWords.of(FURNITURE_NAMES);
    /**
     * The furniture words also read within names written in camel case ("NewsletterBox", "RelatedArticles", the way
     * React's and Astro's components name their boxes): only those that name a box for readers and nothing else. The
     * others name parts of the page's own machinery there ("WidgetArea" around a whole story, MathJax's "CtxtMenu").
     */
    private static final NameWords CAMEL_CASE_FURNITURE = NameWords.of(
        "related|recommend\\w*|newsletter|share|sharing|social|comments?|comm|breadcrumbs?|most-?(?:read|popular)|promo"
            + "|sponsored|outbrain|taboola|subscribe|signup|cookies?|consent|opinie|ads");
    private static final int MIN_LINK_CARD = 80;
    /** Shorter alt texts are a word or a name ("Logo", "Foto"), which a sentence of the text may be too. */
    private static final int MIN_DESCRIBED_PICTURE = 20;
    private static final int MAX_PICTURE_BOX_LEVELS = 4;
    private static final Selectors.Query DESCRIBED_PICTURES = Selectors.onlyWhere(e -> e.nameIs("img"), "img[alt], img[title]");
    private static final Evaluator CAPTION_BLOCKS = QueryParser.parse("p, span, div");
    /** A picture's box holds its caption and at most a credit or a label more. */
    private static final int MAX_CAPTION_EXTRA = 100;
    /** Inline elements that can mark up words of a sentence, and no block of their own. */
    static final Evaluator PHRASING = QueryParser.parse("a, span, abbr, b, strong, em, i, u, mark, time, cite, q, small, font");
    private static final Evaluator CODE = QueryParser.parse("pre, code");
    private static final Evaluator BLOCKS = QueryParser.parse("p, div, ul, ol, li, table, section, h1, h2, h3, h4, h5, h6, blockquote, img, picture, video");
    /** Longer than this, a marked-up stretch of a sentence is a box of its own (a teaser, an ad) rather than words of it. */
    private static final int MAX_WORDS_IN_SENTENCE = 60;
    /** A place and a dash ("Casa Grande, Ariz. –"), not a line of metadata. */
    private static final int MAX_DATELINE = 60;
    private static final int MIN_LEAD_AFTER_DATELINE = 80;
    private static final String SENTENCE_PUNCTUATION = ".,;:!?)\u2019\u201d\"'\u060c\u061b\u061f\u06d4";
    /** The blockquotes that text-post networks' embed codes write, which hold the post's text before their script runs. */
    private static final Evaluator EMBEDDED_POSTS = QueryParser.parse("blockquote.twitter-tweet, blockquote.bluesky-embed, blockquote.mastodon-embed");
    /**
     * An element holding at least this share of the page's text is the article's container whatever
     * its class says ("content-with-sidebar", "l-sidebar-fixed l-article-body", "post-meta_field"):
     * themes name wrappers after their layout, and losing the article is worse than keeping a widget.
     */
    private static final double CONTAINER_SHARE = 0.5;
    /** Sections of an article's text link a few words; a list of links is mostly links. */
    private static final double MAX_SECTION_LINK_DENSITY = 0.5;
    /** Elements marked as the article; itemprop holds a list of names ("description articleBody" on Blogger). */
    static final String ARTICLE_CONTAINERS = "main, article, [itemprop~=(^|\\s)articleBody(\\s|$)], [role=main]";
    static final Selectors.Query ARTICLE_CONTAINER = Selectors.onlyWhere(
        e -> e.nameIs("main") || e.nameIs("article") || e.hasAttr("itemprop") || e.hasAttr("role"), ARTICLE_CONTAINERS);
    /**
     * Class names themes give the article's text; trusted in the lenient pass. BEM's element names too, two underscores
     * between block and element ({@code article__content} on politico.eu, inside a {@code sidebar-grid__content}).
     */
    private static final NameWords CONTENT_NAMES = NameWords.of("(?:post|entry|article|story|news|blog)[-_]{0,2}(?:body|content|text)");

    private Boilerplate() {}

    /**
     * Removes page furniture. Elements marked as the article ({@code <article>}, {@code <main>}, an
     * {@code itemprop} naming {@code articleBody}) and their ancestors are kept whatever their class says; a
     * furniture element (nav, header…) is kept when it holds most of the page's paragraph text, but not an {@code <aside>}
     * in the strict pass, nor a {@code <footer>} beside the page's one main region.
     *
     * @param keepContainers also keep an element named like furniture when it holds most of the
     *                       page's text or holds an element named like the article's text
     *                       ({@link #CONTENT_NAMES}): the lenient pass, for themes that name wrappers
     *                       after their layout ("l-sidebar-fixed l-article-body", "entry-content-read-more")
     * @return whether what was removed held most of the page's text: then the article may have gone with it
     */
    static boolean removeFurniture(Element root, boolean keepContainers) {
        removeTeaserStories(root);
        removeLinkCardsInText(root);
        removeCaptionsRepeatingTheirPicture(root);
        TextShare share = TextShare.over(root);
        List<Element> marked = Selectors.select(root, ARTICLE_CONTAINER);
        Element mainRegion = mainRegion(marked);
        Set<Element> kept = articleContainersAndAncestors(marked);
        if (keepContainers) {
            kept.addAll(namedContentAndAncestors(root));
            kept.addAll(sectionsOfOneName(root, share));
        }
        List<Node> doomed = new ArrayList<>();
        for (Node comment : CommentSection.openedByHeadingsOrTargets(root)) {
            if (!(comment instanceof Element element) || !kept.contains(element) && element.selectFirst(ARTICLE_CONTAINER) == null) {
                doomed.add(comment);
            }
        }
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == root || kept.contains(element)) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(element, share, keepContainers, mainRegion)) {
                    doomed.add(element);
                    Element preamble = CommentSection.preamble(element);
                    if (preamble != null && !kept.contains(preamble)) {
                        doomed.add(preamble);
                    }
                    return FilterResult.SKIP_ENTIRELY; // what is inside goes with it
                }
                // a code listing's highlighter names its spans after the language ("hljs-comment", "token comment"), not the page
                return element.is(CODE) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        });
        if (doomed.isEmpty()) {
            return false;
        }
        doomed.forEach(Node::remove);
        // measured once on what is left, not per removed element: reading each one's paragraphs cost a fifth of the time
        return share.ofChanged(root) <= 1 - CONTAINER_SHARE;
    }

    /**
     * Removes cards of links written inside a paragraph, which the page shows on hover (The Hill
     * puts a person's picture and latest headlines after each mention of them): a span of several
     * links with no text of its own. A sentence that links three words still has its own words.
     */
    private static void removeLinkCardsInText(Element root) {
        Elements spans = root.select(SPANS_IN_PARAGRAPHS);
        // innermost first: a card's wrapper also holds the mention's own link, which stays once the card is gone
        for (int i = spans.size() - 1; i >= 0; i--) {
            Element span = spans.get(i);
            if (span.text().length() >= MIN_LINK_CARD && LinkDensity.of(span) >= 0.9 && Selectors.select(span, Selectors.LINKS).size() >= 3) {
                span.remove();
            }
        }
    }

    /**
     * Removes captions that say again what their picture's {@code alt} or {@code title} says, in a box holding the
     * picture and little more: sportschau.de writes the picture's description under it in a {@code <p>} of its own,
     * named nothing a caption is named. The title may add the credit ("… | Getty Images/Naomi Baker").
     */
    private static void removeCaptionsRepeatingTheirPicture(Element root) {
        for (Element picture : Selectors.select(root, DESCRIBED_PICTURES)) {
            String alt = PlainText.comparable(picture.attr("alt"));
            String title = PlainText.comparable(picture.attr("title"));
            int described = Math.max(alt.length(), title.length());
            if (described < MIN_DESCRIBED_PICTURE) {
                continue;
            }
            Element box = picture.parent();
            for (int level = 0; box != null && box != root && level < MAX_PICTURE_BOX_LEVELS; level++, box = box.parent()) {
                if (TextSize.holdsMoreThan(box, described + MAX_CAPTION_EXTRA)) {
                    break;
                }
                for (Element block : box.select(CAPTION_BLOCKS)) {
                    String text = PlainText.comparable(block.text());
                    if (text.length() >= MIN_DESCRIBED_PICTURE && (text.equals(alt) || !title.isEmpty() && title.startsWith(text))) {
                        block.remove();
                    }
                }
            }
        }
    }

    /**
     * Removes stories listed inside a story: of the {@code <article>}s an article holds, those that
     * are not its own story (the one holding most of their text, when one does) are teasers of
     * others ("more from the site"), however much text they carry. One that links to no other page
     * sends the reader nowhere: it is a section of the story (tw.nextmedia.com writes each step of a
     * health guide as an {@code <article>} with its heading). So is one that holds paragraphs of text, which no teaser
     * does: a buying guide's review of each product, its "check price" link beside it (eridehero.com's listicle blocks).
     */
    private static void removeTeaserStories(Element root) {
        List<Element> teasers = new ArrayList<>();
        for (Element story : Selectors.select(root, Selectors.ARTICLES)) {
            List<Element> inner = Selectors.select(story, Selectors.ARTICLES).stream().filter(e -> e != story && e.parent().closest(Selectors.ARTICLES) == story).toList();
            if (inner.size() < 2) {
                continue;
            }
            Element longest = inner.stream().max(java.util.Comparator.comparingInt(e -> e.text().length())).orElseThrow();
            int total = inner.stream().mapToInt(e -> e.text().length()).sum();
            for (Element article : inner) {
                if ((article != longest || longest.text().length() * 2 <= total) && TeaserGrid.pageLink(article) != null
                    && !TextSize.holdsParagraphsOfText(article)) {
                    teasers.add(article);
                }
            }
        }
        teasers.forEach(Element::remove);
    }

    /** @param mainRegion the one region the page marks as its main one, or null ({@link #mainRegion}) */
    private static boolean isFurniture(Element element, TextShare share, boolean keepContainers, Element mainRegion) {
        if (isFooterOutside(element, mainRegion)) {
            return true; // in either pass, whatever it holds or is named
        }
        String words = furnitureWords(element);
        if (words != null) {
            if (holdsEmbeddedPost(element) || isPartOfASentence(element) || opensAParagraphAsItsDateline(element, words)
                || isLeftOpenAroundText(element, words)
                || isFilledPlaceholder(element, words)) {
                return false;
            }
            return !keepContainers || share.of(element) < CONTAINER_SHARE || CommentSection.isOne(element);
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("tablist")) {
            // Bootstrap accordions carry role="tablist" around the sections of an article (arbeitsagentur.de); a real tab
            // list is a row of labels. Other landmarks stay furniture whatever they hold: a "complementary" region can
            // outweigh the article (archiveofourown.org's list of thousands of readers' names)
            return share.of(element) < CONTAINER_SHARE;
        }
        // an <aside> is beside the story by its definition, whatever it holds: a side column of columnists' blurbs outweighed
        // a short calendar once the class words that name it were hashed away. The lenient pass keeps one that holds most of
        // the text, as it keeps the other furniture elements
        boolean besideTheStory = !keepContainers && element.nameIs("aside");
        return FURNITURE_ROLES.contains(role)
            || element.is(FURNITURE) && (share.of(element) < CONTAINER_SHARE || besideTheStory) && !isHeaderOfText(element) && !isExhibit(element)
            || isDialog(element) && share.of(element) < CONTAINER_SHARE && Selectors.select(element, Selectors.HEADLINES).isEmpty();
    }

    /** Characters of text the page's main region must hold for a footer outside it to be the page's, whatever it holds. */
    private static final int MAIN_REGION_TEXT = 200;

    /** The one element of those marked as the article that is the page's main region, when it holds text; else null. */
    private static Element mainRegion(List<Element> marked) {
        Element region = null;
        for (Element element : marked) {
            if (element.nameIs("main") || element.attr("role").equalsIgnoreCase("main")) {
                if (region != null) {
                    return null; // several: none is the page's one main region
                }
                region = element;
            }
        }
        return region != null && TextSize.holdsMoreThan(region, MAIN_REGION_TEXT) ? region : null;
    }

    /**
     * A footer beside the region the page marks as its main one is the page's footer, however much it holds: an
     * insurer's 500-character disclaimer and its offices' addresses outweighed a short guide's text and list in
     * {@code <main>} (psafinancial.com), and a footer holding most of the text is otherwise kept.
     */
    private static boolean isFooterOutside(Element element, Element mainRegion) {
        return mainRegion != null && element.nameIs("footer") && !Ancestry.within(element, mainRegion)
            && !Ancestry.within(mainRegion, element);
    }

    /** Class and id words of a button that closes what holds it ("close", "btn-close", "modal__close"). */
    private static final NameWords CLOSE_NAMES = NameWords.ignoringCase("close|closer");
    /** An icon named after a cross is no button ("icon-close" before each of a review's cons). */
    private static final NameWords ICON_NAMES = NameWords.ignoringCase("icons?|ico");
    /** A close button's label: "×", "X", "Close", "Закрыть", or none beside its icon. */
    private static final int MAX_CLOSE_LABEL = 12;
    /**
     * A box the page opens over itself, known by the button that closes it, its first child (medicina.ua's
     * "why register?" explainer, {@code <div class="close"><img title="Закрыть"></div>} then four paragraphs that
     * outvoted a short story): shown only when a reader asks, never the story. A story that opens over a page holds
     * its headline, and stays.
     */
    private static boolean isDialog(Element element) {
        // only the first: "close" also names an accordion's state, on the arrow after a section's heading (PCMag's "btn-arrow close")
        Element first = element.firstElementChild();
        if (first == null || !CLOSE_NAMES.in(first.className()) && !CLOSE_NAMES.in(first.id())) {
            return false; // asked of every element: its class and id are read as they are before its names are built
        }
        String names = ElementNames.of(first);
        return CLOSE_NAMES.in(names) && !ICON_NAMES.in(names) && !first.attr("role").equals("img")
            && first.text().length() <= MAX_CLOSE_LABEL;
    }

    /**
     * A paragraph named a placeholder is one that has been filled: CNN writes every paragraph of its stories as
     * {@code <p class="paragraph inline-placeholder">}. The placeholders that are furniture are boxes an embed leaves
     * until the reader consents ("third-party-services--placeholder"), never a paragraph.
     */
    private static boolean isFilledPlaceholder(Element element, String words) {
        return element.nameIs("p") && !FURNITURE_WORDS.in(words.replace("placeholder", " "));
    }

    /**
     * A figure that shows a table, a code listing or a quote: an exhibit of the article (WordPress
     * wraps every table in {@code figure.wp-block-table}, a pull quote in {@code figure.wp-block-pullquote}),
     * not a picture with its caption. Its caption still goes.
     */
    private static boolean isExhibit(Element element) {
        return element.nameIs("figure") && element.selectFirst(EXHIBIT_CONTENT) != null;
    }

    /**
     * A {@code <header>} that holds paragraphs of text, not a headline and a standfirst: some
     * component-built pages write a story's whole text in its header (munich2022.com). A page's header
     * holds a logo, a menu and short lines.
     */
    private static boolean isHeaderOfText(Element element) {
        return element.nameIs("header") && TextSize.holdsParagraphsOfText(element);
    }

    /**
     * A post the article quotes, embedded as its network's blockquote (a tweet: its text, author and
     * date), in a wrapper themes name after social media ("social-media-embed"): the article's
     * quote, which monitoring must read, not a share bar. Share bars hold no such blockquote.
     */
    private static boolean holdsEmbeddedPost(Element element) {
        return element.selectFirst(EMBEDDED_POSTS) != null;
    }

    /**
     * A few words marked up inside a sentence, with words of the sentence before and after them: "At
     * {@code <span class="ticker">Home Depot</span>}, we…", "said on {@code <span class="date">Monday</span>}
     * that…". Their class names what the words are (a stock symbol, a date, a source), and the
     * sentence loses a word without them. A "read more" link or a label stands at a paragraph's end
     * or alone, with no words after or before it.
     */
    private static boolean isPartOfASentence(Element element) {
        if (!element.is(PHRASING) || element.text().length() > MAX_WORDS_IN_SENTENCE || element.selectFirst(BLOCKS) != null) {
            return false;
        }
        List<Node> siblings = element.parent().childNodes();
        return sentenceGoesOn(siblings.subList(0, element.siblingIndex()).reversed(), false)
            && sentenceGoesOn(siblings.subList(element.siblingIndex() + 1, siblings.size()), true);
    }

    /**
     * The place a wire story's lead opens with, marked up as its dateline inside the lead's paragraph ("{@code <p><span
     * class="dateline">BEIRUT –</span> Airstrikes shook Damascus…}", Fox News, the Los Angeles Times): the lead's first
     * words, as the agencies write them. A dateline standing as a line of its own is the page's date line, and goes.
     */
    private static boolean opensAParagraphAsItsDateline(Element element, String words) {
        if (!words.contains("dateline") || !element.is(PHRASING) || element.text().length() > MAX_DATELINE
            || element.selectFirst(BLOCKS) != null || !(element.parent() instanceof Element paragraph) || !paragraph.nameIs("p")) {
            return false;
        }
        List<Node> siblings = paragraph.childNodes();
        return !sentenceGoesOn(siblings.subList(0, element.siblingIndex()).reversed(), false)
            && sentenceGoesOn(siblings.subList(element.siblingIndex() + 1, siblings.size()), false)
            && paragraph.text().length() - element.text().length() >= MIN_LEAD_AFTER_DATELINE;
    }

    /**
     * Whether the first of the nodes that is not white space is text of a sentence: words, or words
     * marked up inline; after the element, its closing punctuation too ("…in Moscow.").
     */
    private static boolean sentenceGoesOn(List<Node> nodes, boolean punctuationCounts) {
        for (Node node : nodes) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            String words = node instanceof TextNode text ? text.text()
                : node instanceof Element inline && inline.is(PHRASING) ? inline.text() : "";
            return words.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || punctuationCounts && SENTENCE_PUNCTUATION.indexOf(c) >= 0);
        }
        return false;
    }

    /**
     * Elements marked as the article, and their ancestors: never removed. Not a readers' comment written as an
     * {@code <article>}, as HTML's standard suggests, nor a comment section written as one: kept, they kept the whole
     * section, and a long comment outvoted the story (wiadomosci.gazeta.pl's {@code article#opinions.mod_comments}).
     */
    private static Set<Element> articleContainersAndAncestors(List<Element> containers) {
        Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : containers) {
            if (!isInComments(element)) {
                marked.add(element);
                marked.addAll(element.parents());
            }
        }
        return marked;
    }

    private static boolean isInComments(Element element) {
        for (Element inner = element; inner != null; inner = inner.parent()) {
            if (CommentSection.isOne(inner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element's share of the page's paragraph text, or of all its text on pages that write their
     * article without paragraphs (text in divs between {@code <br>}s).
     */
    private static final class TextShare {
        private final boolean byParagraphs;
        private final double total;
        /**
         * Each paragraph's length, read once: the share is asked of every candidate for furniture, nested ones too, and
         * each asking read the text of every paragraph it holds again. Valid while the page is only looked at.
         */
        private final Map<Element, Integer> paragraphLengths = new IdentityHashMap<>();

        private TextShare(boolean byParagraphs, double total) {
            this.byParagraphs = byParagraphs;
            this.total = total;
        }

        static TextShare over(Element root) {
            Map<Element, Integer> lengths = new IdentityHashMap<>();
            int paragraphs = 0;
            for (Element p : paragraphsOf(root)) {
                int length = p.text().length();
                lengths.put(p, length);
                paragraphs += length;
            }
            if (paragraphs < MainContent.MIN_PARAGRAPH_LENGTH * 10) {
                return new TextShare(false, Math.max(1, root.text().length()));
            }
            TextShare share = new TextShare(true, paragraphs);
            share.paragraphLengths.putAll(lengths);
            return share;
        }

        double of(Element element) {
            if (!byParagraphs) {
                return element.text().length() / total;
            }
            int length = 0;
            for (Element p : paragraphsOf(element)) {
                length += paragraphLengths.computeIfAbsent(p, paragraph -> paragraph.text().length());
            }
            return length / total;
        }

        /** The same, read again: after furniture went, a paragraph that held some is shorter. */
        double ofChanged(Element element) {
            return (byParagraphs ? paragraphText(element) : element.text().length()) / total;
        }
    }

    /** Elements whose class or id names the article's text ("post-body", "entry-content"…), and their ancestors. */
    private static Set<Element> namedContentAndAncestors(Element root) {
        Set<Element> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : Selectors.all(root)) {
            if (namesArticleText(element)) {
                named.add(element);
                named.addAll(element.parents());
            }
        }
        return named;
    }

    /**
     * Elements of one class name that names furniture and that together hold most of the page's text, mostly not
     * links: an article written in sections its in-page menu points to ({@code <div class="content-nav-section">},
     * citadelbanking.com), each too small alone to count as the article's container. Readers' comments, boxes of one
     * name that can outweigh the story, are not.
     */
    private static List<Element> sectionsOfOneName(Element root, TextShare share) {
        Map<String, List<Element>> byName = new HashMap<>();
        for (Element element : Selectors.all(root)) {
            String name = element.className();
            if (!name.isEmpty() && element != root && furnitureWords(element) != null && !CommentSection.isOne(element)) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
            }
        }
        List<Element> sections = new ArrayList<>();
        for (Map.Entry<String, List<Element>> group : byName.entrySet()) {
            List<Element> named = group.getValue();
            if (named.size() < 2 || named.stream().mapToDouble(share::of).sum() < CONTAINER_SHARE) {
                continue; // one element alone is weighed by the container rule; a menu's hundred items hold little text
            }
            // a nested one of the same name is counted with its outer one
            String name = group.getKey();
            List<Element> outer = named.stream().filter(e -> e.parents().stream().noneMatch(p -> p.className().equals(name))).toList();
            if (outer.size() < 2) {
                continue;
            }
            double together = 0;
            boolean mostlyText = true;
            for (Element section : outer) {
                together += share.of(section);
                mostlyText &= LinkDensity.of(section) < MAX_SECTION_LINK_DENSITY;
            }
            if (mostlyText && together >= CONTAINER_SHARE) {
                sections.addAll(outer);
            }
        }
        return sections;
    }

    /** Whether the element's class or id is one themes give the article's text ("entry-content", "post-body", {@code id="postBody"}). */
    static boolean namesArticleText(Element element) {
        if (!element.hasAttr("class") && !element.hasAttr("id")) {
            return false;
        }
        return NAMES_ARTICLE_TEXT.get(element.className() + " " + element.id());
    }

    private static final NameMemo<Boolean> NAMES_ARTICLE_TEXT = new NameMemo<>(4_096,
        names -> !names.isBlank() && CONTENT_NAMES.in(names.toLowerCase(Locale.ROOT)));

    /**
     * Classes of responsive themes that hide an element on phones (Elementor, Bootstrap 3, Foundation,
     * Bulma, and themes' own words): a side column, not the article, which no site hides from its
     * mobile readers.
     */
    private static final Pattern HIDDEN_ON_PHONES = Pattern.compile("(?:^|\\s)(?:elementor-hidden-mobile|hidden-xs|visible-(?:md|lg)(?:-block)?"
        + "|show-for-(?:medium|large)(?:-up)?|hide-for-small(?:-only)?|is-hidden-mobile|hidden-mobile|hide-(?:on-)?mobile|mobile-hidden"
        + "|desktop-only)(?:$|\\s)");

    /** Whether the element, or an ancestor of it below {@code scope}, is hidden on phones by its class. */
    static boolean hiddenOnPhones(Element element, Element scope) {
        for (Element e = element; e != null && e != scope; e = e.parent()) {
            if (!e.className().isEmpty() && HIDDEN_ON_PHONES.matcher(e.className().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Furniture words that name a line about the article (its byline, date, source, caption, meta
     * line, its tags) or a button (print). An element so named that holds more text than such a line ever does,
     * most of it not in links, is a div the page left unclosed before the article ({@code <div id="content_byline">}
     * never closed around the text that follows), one a script marks to read its words
     * ({@code <div id="intext_content_tag">} around the whole story on in.gr) or what the page prints
     * ({@code <div class="box articleSingle print">}, around a story of 700 characters too, its headline and paragraphs),
     * not the line or the button. So is an ad slot: ads are pictures and
     * scripts, and a slot holding that much text is one left unclosed around the rest of the story (wral.com opens
     * {@code <div class=ad-container>} around a link card and never closes it).
     */
    private static final String LINE_NAMES = "byline|dateline|timestamp|date|source|credits?|caption|meta|post-?meta(?:-?data)?|entry-?meta"
        + "|article-?meta|tags?|keywords?|print|ads?|adsense|dfp";
    private static final NameWords LINE_WORD_NAMES = NameWords.of(LINE_NAMES);
    private static final Pattern LINE_WORDS = Pattern.compile("(?:^|[\\s_-])(?:" + LINE_NAMES + ")(?:$|[\\s_-])");
    private static final int MAX_LINE_BOX = 1_000;
    private static final int MIN_TEASER_PARAGRAPH = 80;
    private static final int MIN_TEASER_HEADLINE = 20;

    /** {@code words}: the element's furniture-naming class and id words ({@link #furnitureWords}). */
    private static boolean isLeftOpenAroundText(Element element, String words) {
        // cheapest first: this runs on every element named as furniture, and most are not named as a line, or are short
        if (!LINE_WORD_NAMES.in(words)) {
            return false;
        }
        // a short story the page prints holds its headline and its paragraphs, which no line or button does
        if (TextSize.characters(element) <= MAX_LINE_BOX && !holdsHeadline(element)
            || FURNITURE_WORDS.in(LINE_WORDS.matcher(words).replaceAll(" ")) || namesOtherFurnitureInCamelCase(element)) {
            return false;
        }
        String text = element.text();
        boolean lineSized = text.length() <= MAX_LINE_BOX;
        if (lineSized && !holdsHeadline(element) || LinkDensity.of(element, text.length()) >= 0.5) {
            return false;
        }
        return lineSized ? TextSize.holdsParagraphsOfText(element) : !isTeaserColumn(element);
    }

    private static boolean holdsHeadline(Element element) {
        return !Selectors.select(element, Selectors.HEADLINES).isEmpty();
    }

    /** interia.pl's {@code <div class="box commentsList print">}: what the page prints, but named as comments too. */
    private static boolean namesOtherFurnitureInCamelCase(Element element) {
        String camelCase = ElementNames.camelCaseWords(element);
        return camelCase != null && CAMEL_CASE_FURNITURE.in(LINE_WORDS.matcher(camelCase).replaceAll(" "));
    }

    /**
     * Paragraphs that each open with a link to another page, its headline, and go on with its summary: a column of
     * teasers (the Daily Mail's {@code AdsLeft} in 2008), however little of its text the links hold. A story's own
     * paragraphs seldom begin with a link.
     */
    private static boolean isTeaserColumn(Element element) {
        int paragraphs = 0;
        int openedByLinks = 0;
        for (Element paragraph : element.getElementsByTag("p")) {
            if (paragraph.text().length() < MIN_TEASER_PARAGRAPH) {
                continue;
            }
            paragraphs++;
            Node first = paragraph.childNodeSize() == 0 ? null : paragraph.childNode(0);
            while (first instanceof TextNode blank && blank.isBlank()) {
                first = blank.nextSibling();
            }
            if (first instanceof Element link && link.nameIs("a") && link.hasAttr("href") && link.text().length() >= MIN_TEASER_HEADLINE) {
                openedByLinks++;
            }
        }
        return openedByLinks >= 3 && openedByLinks * 2 >= paragraphs;
    }

    /** The element's class and id, without the names that hold furniture words but name none; null when none names furniture. */
    private static String furnitureWords(Element element) {
        NamingWords naming = NAMING_WORDS.get(ElementNames.of(element));
        if (naming.words().isBlank()) {
            return null;
        }
        if (naming.nameFurniture()) {
            return naming.words();
        }
        String parted = ElementNames.camelCaseWords(element);
        return parted != null && CAMEL_CASE_FURNITURE.in(parted) ? parted : null;
    }

    /** {@link ElementNames#camelCaseWords}, without the names that hold furniture words but name none, as {@link #namingWords}. */
    static String camelCaseNamingWords(Element element) {
        String camelCase = ElementNames.camelCaseWords(element);
        return camelCase == null ? null : ElementNames.withoutNonNaming(camelCase);
    }

    /**
     * The element's class and id without the names that hold furniture words but name none: layout modifiers
     * ("has-sidebar"), utility classes under a condition ("print:…"), WordPress's taxonomy classes, Blogger's "widget Blog"
     * around the posts.
     */
    static String namingWords(Element element) {
        return NAMING_WORDS.get(ElementNames.of(element)).words();
    }

    /** An element's naming words ({@link #namingWords}) and whether they name furniture, remembered by its names. */
    private record NamingWords(String words, boolean nameFurniture) {
        static NamingWords of(String names) {
            String words = ElementNames.withoutNonNaming(names);
            return new NamingWords(words, !words.isBlank() && FURNITURE_WORDS.in(words));
        }
    }

    private static final NameMemo<NamingWords> NAMING_WORDS = new NameMemo<>(4_096, NamingWords::of);

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element p : paragraphsOf(element)) {
            length += p.text().length();
        }
        return length;
    }

    private static Elements paragraphsOf(Element element) {
        return element.nameIs("p") ? new Elements(element) : Selectors.select(element, Selectors.PARAGRAPHS);
    }
}
