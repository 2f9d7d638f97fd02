package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fallbacks and the confidence they report, each on a small page built after a pattern that
 * emptied or spoiled real pages of the public evaluation sets (docs/extraction.md).
 */
class ExtractionStrategiesTest {

    private static final String PARAGRAPH = "The regional council approved the new harbour budget on Tuesday, after a debate that lasted"
        + " most of the night, and the port authority said work on the northern quay would start in the spring.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://news.example/2025/01/02/story");
    }

    /** The body holds each of {@code kept} and none of {@code left}; a failure shows the body. */
    private static void assertBody(ExtractedArticle article, List<String> kept, List<String> left) {
        String body = article.articleBody();
        for (String text : kept) {
            assertTrue(body.contains(text), () -> "missing \"" + text + "\" from: " + body);
        }
        for (String text : left) {
            assertFalse(body.contains(text), () -> "kept \"" + text + "\" in: " + body);
        }
    }

    private static String paragraphs(int count) {
        return numbered(count, "<p>", "</p>");
    }

    /** {@code count} distinct paragraphs ("0. …", "1. …"), each between {@code open} and {@code close}. */
    private static String numbered(int count, String open, String close) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(open).append(i).append(". ").append(PARAGRAPH).append(close);
        }
        return out.toString();
    }

    @Test
    void aPlainArticleIsFoundInTheMarkupWithFullConfidence() {
        ExtractedArticle article = extract("<html><body><nav><a href='/'>Home</a></nav><article><h1>Budget</h1>" + paragraphs(4)
            + "</article><footer>Contact us</footer></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy());
        assertEquals(1.0, article.extraction().confidence());
        assertEquals(4, article.paragraphs().size());
    }

    @Test
    void aWrapperNamedAfterItsLayoutKeepsTheArticleInTheLenientPass() {
        // a theme names the article's wrapper after the sidebar beside it; the first pass removes it all
        ExtractedArticle article = extract("<html><body><div class='l-sidebar-fixed l-segment'><div class='c-entry'>" + paragraphs(5)
            + "</div></div><div class='promo'><p>Subscribe to our newsletter for the best stories of the week, every Friday.</p></div></body></html>");
        assertEquals(Extraction.MARKUP_LENIENT, article.extraction().strategy());
        assertEquals(5, article.paragraphs().size());
        assertFalse(article.articleBody().contains("newsletter"), article.articleBody());
        assertFalse(article.extraction().doubtful());
    }

    @Test
    void blogThemesNamedLikeFurnitureStillGiveTheirPost() {
        // Blogger: every section is a "widget", the post marked by an itemprop list; WordPress: taxonomy classes on the post
        ExtractedArticle blogger = extract("<html><body><div class='widget Blog'><div class='post-body' itemprop='description articleBody'>"
            + paragraphs(3) + "</div></div></body></html>");
        assertEquals(3, blogger.paragraphs().size(), blogger.articleBody());
        ExtractedArticle wordpress = extract("<html><body><div class='post type-post hentry tag-harbour category-politics'>" + paragraphs(3)
            + "</div><div class='tags'><a href='/tag/harbour'>harbour</a></div></body></html>");
        assertEquals(Extraction.MARKUP, wordpress.extraction().strategy());
        assertEquals(3, wordpress.paragraphs().size(), wordpress.articleBody());
    }

    @Test
    void paragraphsWrittenAsDivsOfSpansAreText() {
        String divs = numbered(4, "<div style='margin: 1em 0'><div dir='ltr'><span>", "</span></div></div>");
        ExtractedArticle article = extract("<html><body><div class='chapter-inner'>" + divs
            + "</div><div class='author-note'><p>Thanks for reading, see you next week with a new chapter.</p></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().startsWith("0. The regional council"), article.articleBody());
    }

    @Test
    void sentencesWrittenAsSpansWithAnEmptyBoxAfterEachAreText() {
        // ttv.com.tw: each sentence a span, then a button and an empty div its translation script fills; a side column of
        // headlines and a short note are all else the page holds
        StringBuilder story = new StringBuilder("<div id='fontstyle'><div id='ad-start'></div>");
        for (int i = 0; i < 4; i++) {
            story.append("<span id='s").append(i).append("'>").append(i).append(". ").append(PARAGRAPH).append("</span><img src='/translate.gif'>")
                .append("<div id='translation").append(i).append("'></div>").append(i % 2 == 1 ? "<br>" : "");
        }
        ExtractedArticle article = extract("<html><body><div id='page'><div class='side'><ul>"
            + "<li><a href='/a'>The ferry to the island will run again from Monday</a></li>"
            + "<li><a href='/b'>A new school opens in the harbour district</a></li></ul><div>Weather: cloudy, 4 degrees</div></div>"
            + "<center><div class='note'>Text size: large</div>" + story + "</div></center></div></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), article.articleBody());
        assertBody(article, List.of("0. The regional council", "3. The regional council"), List.of("ferry", "Weather"));
    }

    @Test
    void aStoryAPageWrapsInOneLinkIsTextNotALink() {
        // ntdtv.com: a video's transcript, paragraph after paragraph between <br>s, all in one link to its text version
        String transcript = numbered(4, "", "<br><br>");
        ExtractedArticle article = extract("<html><body><div class='player'><p>Loading the player…</p></div><div class='intr'><dl>"
            + "<a href='/text/644768.html'>" + transcript + "</a></dl></div><div class='more'><ul><li><a href='/b'>Another video of the"
            + " day, about the harbour</a></li></ul></div></body></html>");
        assertBody(article, List.of("0. The regional council", "3. The regional council"), List.of("Another video"));
        assertEquals(Extraction.MARKUP, article.extraction().strategy());
        // a teaser is a headline and one paragraph of lead in one link: still no part of the story
        ExtractedArticle teased = extract("<html><body><article>" + paragraphs(3) + "</article><div class='card'><a href='/next'>"
            + "<b>The port's new cranes arrive</b><br>Two cranes for the northern quay came by sea on Sunday, and the port authority"
            + " says they will be working by the summer, when the first container ships of the season are expected to call at the"
            + " harbour, after a winter of repairs to the quay and its rail link to the town's industrial estate.</a></div></body></html>");
        assertBody(teased, List.of("2. The regional council"), List.of("cranes"));
    }

    @Test
    void aLeadWrittenApartFromTheRestJoinsItInReadingOrder() {
        String lead = "<div class='media'><p class='body-paragraph'>(Agency) The lead of the story, written apart from the rest of the text.</p></div>";
        String rest = "<div class='read-all'>" + numbered(4, "<p class='body-paragraph'>", "</p>") + "</div>";
        ExtractedArticle article = extract("<html><body><section id='body-text'><div class='container'>" + lead + rest
            + "</div></section><div class='teasers'><p class='teaser'>Another story entirely, from the sports pages of the site.</p></div></body></html>");
        assertTrue(article.articleBody().startsWith("(Agency) The lead"), article.articleBody());
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("sports pages"));
    }

    @Test
    void aRoundupsListIsPartOfTheArticleNotAllOfIt() {
        String items = "<ol>" + numbered(8, "<li><strong>Item.</strong> ", "</li>") + "</ol>";
        ExtractedArticle article = extract("<html><body><div class='post'><p>Good morning! Here is the news you need to know today.</p>"
            + items + "<p>You can also get this briefing by e-mail, every weekday.</p></div><div class='more'><a href='/a'>More</a></div></body></html>");
        assertTrue(article.articleBody().startsWith("Good morning!"), article.articleBody());
        assertTrue(article.articleBody().endsWith("every weekday."), article.articleBody());
        assertEquals(10, article.paragraphs().size());
    }

    @Test
    void anArticleCutIntoBlocksOfOneClassIsWhole() {
        ExtractedArticle article = extract("<html><body><div class='article'><div class='block-text'><p>0. The lead, short but part of the story.</p></div>"
            + "<div class='block-image'><img src='/a.jpg'></div><div class='block-text'>" + paragraphs(4) + "</div>"
            + "<div class='block-ad'><p>Advertisement</p></div></div></body></html>");
        assertTrue(article.articleBody().startsWith("0. The lead"), article.articleBody());
        assertEquals(5, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aStoryCutIntoSectionsEachInAGridOfItsOwnIsWhole() {
        // rp.pl: each section of the story sits in its own row (ad column, text column) as a "body articleBody" of
        // "articleBodyBlock" paragraphs; only one modifier tells the last section from the others
        String row = "<div class='row'><div class='ad-column'><div class='advert'>Reklama</div></div><div class='col--fill'>"
            + "<div class='row relative'><div class='article--content'><div class='body articleBody%s'>%s</div></div></div></div></div>";
        String teaser = "<div class='article-teaser'><a href='/other'>Czytaj więcej: another story, and what it says about it</a></div>";
        ExtractedArticle article = extract("<html><body><div class='main--content--body'><div class='contentBodySections'>"
            + row.formatted(" -bottom-space", numbered(2, "<p class='articleBodyBlock'>First section ", "</p>"))
            + "<div class='section--ad--breaker'>Advertisement</div>"
            + row.formatted(" -bottom-space", numbered(4, "<p class='articleBodyBlock'>Second section ", "</p>"))
            + row.formatted("", numbered(1, "<p class='articleBodyBlock'>Last section ", "</p>"))
            + "</div></div>" + teaser + "</body></html>");
        assertTrue(article.articleBody().startsWith("First section 0."), article.articleBody());
        assertTrue(article.articleBody().endsWith(PARAGRAPH), article.articleBody());
        assertEquals(7, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Reklama"), article.articleBody());
    }

    @Test
    void anArticleBuiltFromTextModulesIsWholeAndStopsAtTheNextStory() {
        // a CMS builds the story from text modules between quotes and pictures; an infinite-scroll page then preloads the next one
        String module = "<div class='editorial-module editorial-module--text'><div class='text'><div class='text-text'>%s</div></div></div>";
        String story = "<article class='story'><h1>Budget</h1>" + module.formatted(paragraphs(2))
            + "<div class='editorial-module editorial-module--quote'><blockquote>Short quote.</blockquote></div>"
            + module.formatted(numbered(3, "<p>Later ", "</p>")) + "</article>";
        String next = "<article class='story'><h1>Another story</h1>" + module.formatted(numbered(2, "<p>Next story ", "</p>")) + "</article>";
        ExtractedArticle article = extract("<html><body>" + story + next + "</body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().startsWith("0. The regional council"), article.articleBody());
        assertFalse(article.articleBody().contains("Next story"), article.articleBody());
    }

    @Test
    void textModulesOfABootstrapGridAreWholeBetweenTheTablesThatSplitThem() {
        // each module nests its text four levels deep (container, row, column), and a table module sits between them
        String module = "<div class='container-fluid headline-with-text'><div class='container topic'><div class='row'>"
            + "<div class='col-md-8 offset-md-1'>%s</div></div></div></div>";
        String table = "<div class='container-fluid near-table'><div class='container'><div class='row'><div class='col-md-10'>"
            + "<table><tr><td>Density</td><td>0.67 kg/l</td></tr></table></div></div></div></div>";
        ExtractedArticle article = extract("<html><body><h1>Budget</h1>" + module.formatted(paragraphs(3)) + table
            + module.formatted(numbered(2, "<p>Later ", "</p>")) + "<footer><p>Contact us at the harbour office.</p></footer></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("Later 1. The regional council"), article.articleBody());
    }

    @Test
    void theSitesCopyrightNoticeAfterTheArticleIsNotBodyButAParagraphAboutCopyrightIs() {
        ExtractedArticle article = extract("<html><body><article><h1>Budget</h1>" + paragraphs(3)
            + "<p>Copyright holders and the port authority disagree about who owns the photographs of the northern quay.</p>"
            + "<p>© 2022, Harbour News. This article may not be reprinted without written permission.</p>"
            + "<p>Alle Rechte vorbehalten.</p></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("Copyright holders and the port authority"), article.articleBody());
        assertFalse(article.articleBody().contains("reprinted") || article.articleBody().contains("Rechte"), article.articleBody());
    }

    @Test
    void rubyReadingsPrintedOverTheWordsAreNotText() {
        // Japanese easy-news pages print each kanji's reading over it (<rt>); the text is the words themselves
        ExtractedArticle article = extract("<html lang='ja'><body><article><h1>法律</h1>"
            + numbered(3, "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための", "</p>")
            + "</article></body></html>");
        assertTrue(article.articleBody().contains("子どもへの虐待をなくすための"), article.articleBody());
        assertFalse(article.articleBody().contains("ぎゃくたい"), article.articleBody());
    }

    @Test
    void aLongerPreloadedStoryDoesNotOutvoteThePagesOwn() {
        String story = "<article class='entry'><header><h1 class='headline'>%s</h1></header><div class='entry-text'>%s</div></article>";
        ExtractedArticle article = extract("<html><head><title>Courier | Harbour budget approved</title></head><body>"
            + story.formatted("Harbour budget approved", paragraphs(2))
            + story.formatted("A longer story the page preloaded for scrolling", numbered(8, "<p>Preloaded ", "</p>")) + "</body></html>");
        assertEquals(2, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Preloaded"), article.articleBody());
    }

    @Test
    void aChaptersSectionsHeadedLikeTheChapterAreNotPreloadedStories() {
        // an HTML5 book chapter (Google's SRE book): each nested section begins with an <h1> of the chapter's own class
        String section = "<section><h1 class='heading'>%s</h1>%s</section>";
        ExtractedArticle article = extract("<html><head><title>Monitoring Distributed Systems</title></head><body><div class='content'>"
            + "<section id='chapter'><h1 class='heading'>Monitoring Distributed Systems</h1>" + paragraphs(1)
            + section.formatted("Definitions", numbered(3, "<p>Definition ", " of the terms this chapter uses, explained in a sentence long enough to be read as text.</p>"))
            + section.formatted("Symptoms versus causes", numbered(3, "<p>Symptom ", " and its cause, explained in a sentence long enough to be read as text.</p>"))
            + "</section></div></body></html>");
        assertTrue(article.articleBody().contains("Definition 2") && article.articleBody().contains("Symptom 2"), article.articleBody());
    }

    @Test
    void aListOfTeaserCardsIsNotTheArticle() {
        // cards whose links carry no text (an empty anchor over the picture) are not link-dense, but each card holds blocks
        String card = "<li><div class='image'><a href='/other'></a><img src='/a.jpg'></div><div class='text'><div class='title'>Other story</div>"
            + "<p>A teaser of another story, two lines long, that the site shows under every article it publishes.</p></div></li>";
        ExtractedArticle article = extract("<html><body><article><section class='content'>" + paragraphs(4) + "</section></article>"
            + "<div><ul class='timeline'>" + card.repeat(12) + "</ul></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("teaser"), article.articleBody());
    }

    @Test
    void theStandfirstWrittenInTheHeaderLeadsTheBody() {
        String standfirst = "Councillors voted late on Tuesday to fund the northern quay, ending a dispute that had held up the port for a year.";
        ExtractedArticle article = extract("<html><head><meta name='description' content='" + standfirst.substring(0, 90) + "…'></head><body>"
            + "<article><header class='entry-header'><h1>Budget</h1><div class='font-bold'>" + standfirst + "</div></header>"
            + "<div class='entry-content'>" + paragraphs(3) + "</div></article>"
            + "<footer><p>" + standfirst + "</p></footer></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertEquals(standfirst, article.paragraphs().getFirst());
    }

    @Test
    void theStandfirstComesWithoutTheDateAndCaptionWrittenAfterItInTheSameBox() {
        String standfirst = "Councillors voted late on Tuesday to fund the northern quay, ending a dispute that had held up the port for a year.";
        ExtractedArticle article = extract("<html><head><meta name='description' content='" + standfirst + "'></head><body>"
            + "<div class='opening'><h2 class='subhead'>" + standfirst + "</h2><span class='when'>3 May 2022</span><span>21:25</span>"
            + "<img alt='The northern quay at dawn'><span>The northern quay at dawn</span></div>"
            + "<div class='entry-content'>" + paragraphs(3) + "</div></body></html>");
        assertEquals(standfirst, article.paragraphs().getFirst());
    }

    @Test
    void aCaptionGivenAsTheDescriptionIsNoStandfirstButALeadWrittenIntoTheCaptionIs() {
        // morgenpost.de gives its opening picture's caption as the article's description; elmostrador.cl writes its lead there
        String caption = "Firefighters at work on the northern quay during the blaze on Tuesday night.";
        ExtractedArticle captioned = extract("<html><head><meta name='description' content='" + caption + "'></head><body><article>"
            + "<figure><img alt=''><figcaption><span>" + caption + "</span><span>&copy; Agency | Photographer</span></figcaption></figure>"
            + "<div class='article-body'>" + paragraphs(3) + "</div></article></body></html>");
        assertEquals(3, captioned.paragraphs().size(), captioned.articleBody());
        String lead = "Ten months after the convention first met in the old congress building, and two weeks before the drafting committee"
            + " receives the text, questions are being asked about how the new constitution would be brought in if voters approve it.";
        ExtractedArticle led = extract("<html><head><meta name='description' content='" + lead + "'></head><body><article>"
            + "<figure><img alt=''><figcaption>" + lead + "</figcaption></figure>"
            + "<div class='article-body'>" + paragraphs(3) + "</div></article></body></html>");
        assertEquals(lead, led.paragraphs().getFirst(), led.articleBody());
    }

    @Test
    void aDescriptionTheBodyAlreadyHoldsIsNotRepeated() {
        ExtractedArticle article = extract("<html><head><meta property='og:description' content='0. The regional council approved the new harbour"
            + " budget on Tuesday, after a debate'></head><body><article>" + paragraphs(3) + "</article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void storiesListedInsideAStoryAreTeasersEvenWhenTheyOutweighIt() {
        String teaser = "<article class='postbox'><h2><a href='/other'>Another piece</a></h2><p>%d. A long excerpt of another piece of the site,"
            + " shown in full under the story, with its own commas, clauses, and reflections on life.</p></article>";
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            teasers.append(teaser.formatted(i));
        }
        ExtractedArticle article = extract("<html><body><div id='primary'><article class='articlebox'><h1>Budget</h1>" + paragraphs(2)
            + "</article><article class='postbox'><h3>More from the site</h3>" + teasers + "</article></div></body></html>");
        assertEquals(2, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("excerpt"), article.articleBody());
    }

    @Test
    void sectionsOfAStoryWrittenAsArticlesThatLinkNowhereAreKept() {
        String step = "<div class='stepbox'><a class='thickbox' href='/images/step%d.jpg'><img src='/thumbs/step%d.jpg'></a><article id='step%d'>"
            + "<h1>Step %d</h1><p>Step %d of the guide: keep the screen at arm's length, rest the eyes every fifty minutes, and look far away.</p>"
            + "</article></div>";
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            steps.append(step.formatted(i, i, i, i, i));
        }
        ExtractedArticle article = extract("<html><body><article class='story'><h1>Tired eyes</h1><div class='box'>" + paragraphs(1)
            + steps + "</div></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("Step 3 of the guide"), article.articleBody());
    }

    @Test
    void aLiveBlogGivesEveryEntryWithItsTimeEvenWhenTheMarkupShowsOnlyTheLatest() {
        String updates = "[{\"@type\":\"BlogPosting\",\"headline\":\"Vote passed\",\"datePublished\":\"2025-03-18T13:00:00+01:00\","
            + "\"articleBody\":\"Councillors approved the budget by 31 votes to 12, after a night of debate in the chamber.\"},"
            + "{\"@type\":\"BlogPosting\",\"datePublished\":\"2025-03-18T11:00:00+01:00\","
            + "\"articleBody\":\"The debate resumed at eleven with the opposition's amendments on the quay.\\nThe first of them was withdrawn.\"},"
            + "{\"@type\":\"BlogPosting\",\"datePublished\":\"2025-03-18T09:00:00+01:00\","
            + "\"articleBody\":\"Good morning, and welcome to our live coverage of the budget vote in the regional council.\"}]";
        ExtractedArticle article = extract("<html><head><script type='application/ld+json'>{\"@type\":\"LiveBlogPosting\",\"headline\":\"Budget vote live\","
            + "\"liveBlogUpdate\":" + updates + "}</script></head><body><article><h1>Budget vote live</h1>"
            + "<p class='summary'>The regional council votes today on the harbour budget, after a year of dispute over the northern quay.</p>"
            + "<div class='entry'><p>Councillors approved the budget by 31 votes to 12, after a night of debate in the chamber.</p></div>"
            + "<button>Load more</button></article></body></html>");
        assertEquals(3, article.liveEntries().size());
        assertEquals(java.time.Instant.parse("2025-03-18T12:00:00Z"), article.liveEntries().getFirst().publishedAt());
        assertEquals("Vote passed", article.liveEntries().getFirst().headline());
        assertEquals(List.of(
            "The regional council votes today on the harbour budget, after a year of dispute over the northern quay.",
            "Vote passed",
            "Councillors approved the budget by 31 votes to 12, after a night of debate in the chamber.",
            "The debate resumed at eleven with the opposition's amendments on the quay.",
            "The first of them was withdrawn.",
            "Good morning, and welcome to our live coverage of the budget vote in the regional council."), article.paragraphs());
        assertEquals(Extraction.STRUCTURED_DATA, article.extraction().strategy());
    }

    @Test
    void aLiveBlogsSummaryAboveEntriesInBlocksOfOneClassLeadsTheBody() {
        // an Urdu live blog: sentences end with "۔" and have no commas, so no block outvotes the others and the entries'
        // bodies win as blocks of one class; the summary above them, in what holds them, is still the blog's lead
        String summary = "وفاقی وزیر خزانہ نے قومی اسمبلی میں آئندہ مالی سال کا بجٹ پیش کرتے ہوئے تنخواہوں میں اضافے کا اعلان کیا۔";
        StringBuilder posts = new StringBuilder();
        for (int i = 3; i >= 1; i--) {
            posts.append("<div class='live-post'><time datetime='2025-06-10T1").append(i).append(":00:00Z'>1").append(i).append(":00</time>")
                .append("<div class='live-post__body'><p>اپ ڈیٹ ").append(i).append(" بجٹ تقریر میں بتایا گیا کہ ترقیاتی منصوبوں کے لیے خطیر رقم رکھی گئی ہے اور اپوزیشن نے احتجاج کیا۔</p></div></div>");
        }
        ExtractedArticle article = extract("<html lang='ur' dir='rtl'><body><main><h1>بجٹ</h1><div class='live-blog'><p class='live-blog__summary'>"
            + summary + "</p><nav><a href='#a'>تازہ ترین</a></nav><div class='live-posts'>" + posts + "</div></div></main></body></html>");
        assertEquals(summary, article.paragraphs().getFirst(), article.articleBody());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aLiveBlogsEntriesAreReadFromItsMarkupWhenItShipsNoList() {
        String post = "<div class='live-post'><time class='timestamp' datetime='2025-03-18T1%d:00:00Z'>1%<d:00</time>"
            + "<h3>Update %<d</h3><div class='live-post__body'><p>%<d. " + PARAGRAPH + "</p></div>"
            + "<div class='live-post__share'><a href='#'>Share</a></div></div>";
        StringBuilder posts = new StringBuilder();
        for (int i = 3; i >= 0; i--) {
            posts.append(post.formatted(i));
        }
        ExtractedArticle article = extract("<html><body><main><h1>Budget vote live</h1><div class='live-posts'>" + posts + "</div></main>"
            + "<section class='comments'><div class='comment'><time datetime='2025-03-18T14:00:00Z'>14:00</time><p>A reader's view.</p></div></section>"
            + "</body></html>");
        assertEquals(4, article.liveEntries().size(), article.liveEntries().toString());
        LiveEntry latest = article.liveEntries().getFirst();
        assertEquals(java.time.Instant.parse("2025-03-18T13:00:00Z"), latest.publishedAt());
        assertEquals("Update 3", latest.headline());
        assertEquals("3. " + PARAGRAPH, latest.text());
    }

    @Test
    void commentsWithTimesAreNoLiveBlog() {
        String comment = "<div class='comment'><time datetime='2025-03-18T1%d:00:00Z'>1%<d:00</time><p>%<d. A reader's long view of the budget.</p></div>";
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            comments.append(comment.formatted(i));
        }
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "</article><section class='responses'>" + comments
            + "</section></body></html>");
        assertEquals(List.of(), article.liveEntries());
    }

    @Test
    void aPageThatIsNoLiveBlogHasNoLiveEntries() {
        assertEquals(List.of(), extract("<html><body><article>" + paragraphs(2) + "</article></body></html>").liveEntries());
    }

    @Test
    void aLabelLeftWithoutWhatItLabelledLeavesTheBody() {
        // the "suggested stories" box goes with furniture removal, its heading stayed behind it
        ExtractedArticle article = extract("<html lang='ar' dir='rtl'><body><article><h1>الموازنة</h1><h2>تفاصيل التصويت</h2>" + paragraphs(3)
            + "<h3>قصص مقترحة</h3><ul class='suggested-stories'><li><a href='/a'>قصة أخرى عن الميناء</a></li></ul>"
            + "<h3>Related</h3><ul><li><a href='/b'>Another story about the harbour</a></li><li><a href='/c'>And one more</a></li></ul>"
            + "</article></body></html>");
        assertEquals(List.of("تفاصيل التصويت", "0. " + PARAGRAPH, "1. " + PARAGRAPH, "2. " + PARAGRAPH), article.paragraphs());
    }

    @Test
    void aSubheadingWrittenAsAPlainLineBetweenParagraphsIsKept() {
        // alyaum.com writes its article between <br>s, subheadings as lines of their own; a short line before the
        // text or after it (a date, "Advertisement") is no subheading
        ExtractedArticle article = extract("<html lang='ar' dir='rtl'><body><div class='story'>24 نوفمبر<br><br>"
            + numbered(2, "", "<br><br>") + "انتكاسة جديدة<br><br>third " + PARAGRAPH + "<br><br>إعلان<br>إعلان آخر<br>"
            + "fourth " + PARAGRAPH + "<br><br>اشترك الآن</div></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "انتكاسة جديدة", "third " + PARAGRAPH, "fourth " + PARAGRAPH),
            article.paragraphs());
    }

    @Test
    void aSubheadingWrittenAsAnAriaHeadingIsKept() {
        // wired.com: <div role="heading" aria-level="3"> between the review's paragraphs
        ExtractedArticle article = betweenFourParagraphs("<div role='heading' aria-level='3' class='heading-h3'>New <em>Tricks</em></div>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "New Tricks", "Later 0. " + PARAGRAPH, "Later 1. " + PARAGRAPH),
            article.paragraphs());
    }

    @Test
    void aSubheadingWithAnAnchorsEmptyBoxesAndButtonInItIsKept() {
        // Substack: each heading holds, after its words, an anchor's empty boxes and a button that copies the link to it
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<h3 class='header-anchor-post'><strong>Part 1:"
            + " Mise En Place</strong><div class='header-anchor-parent'><div class='pc-reset'><div id='part-1' class='header-anchor'>"
            + "</div><button aria-label='Link'><svg></svg></button></div></div></h3>" + numbered(2, "<p>Later ", "</p>")
            + "</article></body></html>");
        assertTrue(article.paragraphs().contains("Part 1: Mise En Place"), article.articleBody());
        assertEquals(5, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aLinkWrittenAsAnAriaHeadingStaysALink() {
        // a teaser's headline link given role="heading" is still a link to another story, not a subheading of this one
        ExtractedArticle article = betweenFourParagraphs("<div class='teaser'><a role='heading' aria-level='3' href='/2024/05/other-story'>"
            + "Ten things everyone is reading this week</a></div>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "Later 0. " + PARAGRAPH, "Later 1. " + PARAGRAPH), article.paragraphs());
    }

    @Test
    void theNoteThatIntroducesTheCommentsIsNotBody() {
        // arabic.cnn.com: the comment rules sit in a plain div right before the comment widget
        ExtractedArticle article = extract("<html lang='ar'><body><div class='story'>" + paragraphs(4)
            + "<div><p>ترحب الشبكة بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها.</p>"
            + "<p>الآراء الواردة أدناه لا تعبر عن رأي الموقع.</p></div><div class='fb-comments'></div></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("الآراء الواردة"), article.articleBody());

        // autoracing.com.br: the note closes the article's block, and Disqus follows it
        ExtractedArticle closing = extract("<html lang='pt'><body><div class='post'>" + paragraphs(3) + "<p>ATENÇÃO: Comentários com textos"
            + " ininteligíveis não serão aprovados pelo moderador.</p></div><div id='disqus_thread'></div></body></html>");
        assertEquals(3, closing.paragraphs().size(), closing.articleBody());

        // the last paragraph before the comments stays when it speaks of no readers' comments
        ExtractedArticle plain = extract("<html><body><div class='story'>" + paragraphs(3) + "<p>The minister declined to comment.</p>"
            + "<div id='comments'><p>First!</p></div></div></body></html>");
        assertTrue(plain.articleBody().endsWith("The minister declined to comment."), plain.articleBody());
    }

    @Test
    void readersOpinionsOnAPolishPortalAreComments() {
        // wp.pl: readers' comments, longer than the story, in <div id="opOpinie" class="opOpinie">
        StringBuilder opinions = new StringBuilder("<div id='opOpinie' class='opOpinie'>");
        for (int i = 0; i < 8; i++) {
            opinions.append("<p class='opAutor'>~czytelnik").append(i).append(" [2012-01-04 22:22]</p><p>Szacunek dla pana generała, który")
                .append(" przez lata służył w policji, a teraz odchodzi, bo rząd woli swoich ludzi na tym stanowisku, numer ").append(i).append(".</p>");
        }
        ExtractedArticle article = extract("<html lang='pl'><body><div id='bxArtykul'>" + paragraphs(3) + "</div>" + opinions
            + "</div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Szacunek"), article.articleBody());
        // alone, "opinie" is Dutch for an opinion column: the text
        ExtractedArticle column = extract("<html lang='nl'><body><div class='opinie'>" + paragraphs(3) + "</div>"
            + "<div class='sidebar'><p>Meest gelezen</p></div></body></html>");
        assertEquals(3, column.paragraphs().size(), column.articleBody());
        assertEquals(Extraction.MARKUP, column.extraction().strategy(), "found by the first pass, not by a fallback");
    }

    @Test
    void aBoxOfRulesForCommentsHeadedAsSuchIsNoStory() {
        // sacbee.com: after the story, a box headed "What You Should Know About Comments", as long as the story, votes like one
        String rules = "<p><b>What You Should Know About Comments on the Site</b></p><p>The site is happy to provide a forum for reader"
            + " interaction, discussion and reaction to our stories. However, we reserve the right to delete inappropriate comments"
            + " or ban users who can't play nice.</p><p>Keep your comments civil. Don't insult one another or the subjects of our"
            + " articles. If you think a comment violates our guidelines, report it to the moderators.</p><p>Stay on topic. Only post"
            + " comments relevant to the article at hand, and do not post the same comment over and over again.</p><p>You should"
            + " also know that we do not screen comments before they are posted, so flag the ones that break these rules.</p>";
        ExtractedArticle beside = extract("<html><body><div class='item'><div id='articlebody'>" + paragraphs(3) + "</div>"
            + "<div class='content_guidelines'>" + rules + "</div></div></body></html>");
        assertBody(beside, List.of("2. The regional council"), List.of("Keep your comments civil", "What You Should Know"));
        ExtractedArticle inside = extract("<html><body><article>" + paragraphs(4) + "<div class='box'>" + rules + "</div></article></body></html>");
        assertBody(inside, List.of("3. The regional council"), List.of("Keep your comments civil", "What You Should Know"));
        // a story about comments, its paragraphs the story's own, stays whole
        ExtractedArticle story = extract("<html><body><article><p>Comments on the harbour plan reached the council by the thousand,"
            + " and officials said the comments would all be read.</p><p>Most comments asked for a later start; some comments asked"
            + " for none at all.</p><p>The council will publish a summary of the comments on Friday, with its answers to the comments"
            + " that raised new points.</p></article></body></html>");
        assertTrue(story.articleBody().contains("summary of the comments"), story.articleBody());
    }

    @Test
    void aSitesLongRulesForCommentsGoWithTheComments() {
        // wochenblatt.cc: a paragraph of house rules, too long for a note, right before the comment section
        String rules = "<p>Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind. Die Verantwortung für den Inhalt liegt allein"
            + " bei den Verfassern, die sachlich und klar formulieren sollten. Kommentare müssen in korrekter und verständlicher"
            + " deutscher Sprache verfasst werden. Beleidigungen, Schimpfwörter, rassistische Äußerungen sowie Drohungen werden nicht"
            + " toleriert und entfernt. Auch unterschwellige Beleidigungen oder übertrieben rohe Beiträge sind unzulässig. Externe Links"
            + " sind unerwünscht und werden gelöscht. Beachten Sie, dass die Kommentarfunktion keine garantierte Dienstleistung ist.</p>";
        ExtractedArticle article = extract("<html lang='de'><body><article>" + paragraphs(4) + rules
            + "<div id='comments' class='comments-area'><h3>Kommentar hinzufügen</h3></div></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("themenbezogen"), article.articleBody());

        // as long a last paragraph that names comments once is the article's
        String once = "<p>" + "The council heard the residents for three hours, and the mayor answered every question in turn. ".repeat(6)
            + "Its members made no comments on the budget.</p>";
        ExtractedArticle story = extract("<html><body><article>" + paragraphs(4) + once + "<div id='comments'></div></article></body></html>");
        assertTrue(story.articleBody().endsWith("Its members made no comments on the budget."), story.articleBody());

        // a short post right before its comments, whose closing line counts them, is a post of paragraphs, not rules: only
        // that line goes with the comments
        Document post = Jsoup.parse("<html><body><div class='main'><div class='post'><h2>Harbour</h2>" + paragraphs(3)
            + "<p class='postmetadata'>Posted in News | 2 Comments | Comments RSS</p></div><div id='comments'><h3>2 Comments</h3>"
            + "<ol class='commentlist'><li>First!</li></ol></div></div></body></html>");
        assertEquals("postmetadata", CommentSection.preamble(post.getElementById("comments")).className());
        Document rulesOnly = Jsoup.parse("<html><body><article>" + paragraphs(4) + rules + "<div id='comments'></div></article></body></html>");
        assertEquals("p", CommentSection.preamble(rulesOnly.getElementById("comments")).normalName());
    }

    @Test
    void aTitleLeftUnclosedDoesNotSwallowThePage() {
        // a BBC Sport page of 2008, saved with its <title> never closed: the standard reads the rest of the page as the title
        ExtractedArticle article = extract("<!doctype html><html><head><title>BBC Sport | Tennis library-->\n<script src='/sol3.js'></script>"
            + "</head><body><div id='nav'><a href='/'>Home</a></div><div class='storybody'><h1>Hewitt out in Sydney</h1>" + paragraphs(4)
            + "</div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.title().contains("script"), article.title());
        assertEquals(Extraction.MARKUP, article.extraction().strategy());
    }

    @Test
    void aTitleWhoseEndTagIsMistypedDoesNotSwallowThePage() {
        // a news site's template of 2008 left "</titlevalue=…>" where "</title>" belonged: to a parser that is text in the title
        ExtractedArticle article = extract("<!doctype html><html><head><title id='TitleID'>Bush to Saudis - World</titlevalue=\"true\" -->"
            + "\n</head><body><div id='menu'><a href='/'>Home</a></div><div class='story'><h1>Bush to Saudis</h1>" + paragraphs(4)
            + "</div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertEquals("Bush to Saudis", article.title());
        assertEquals(Extraction.MARKUP, article.extraction().strategy());
    }

    @Test
    void aDisclaimersBoxIsNotBody() {
        // rollingstone.com: the boxed note that a council's member wrote the piece, not the newsroom
        ExtractedArticle article = betweenFourParagraphs("<div class='culture-council-disclaimer lrv-u-flex'><div>Content created by"
            + " members of Rolling Stone Culture Council, an invitation-only network of industry professionals who share their insights"
            + " with our audience.</div></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Culture Council"), article.articleBody());
    }

    @Test
    void aPollsQuestionAndAnswersAreNotBody() {
        // 20min.ch: a poll between two paragraphs, its answers the labels of radio buttons, no form around them
        ExtractedArticle article = betweenFourParagraphs("<div type='poll'><div><div><p>Welches dieser Mittel ist dein Favorit?</p></div>"
            + "<div><label><input type='radio' name='poll-answer' value='1'><label>Eine wärmende Suppe.</label></label>"
            + "<label><input type='radio' name='poll-answer' value='2'><label>Gerichte mit viel Knoblauch und Ingwer.</label></label>"
            + "<label><input type='radio' name='poll-answer' value='3'><label>Ich habe kein spezielles Mittel.</label></label></div></div></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Favorit"), article.articleBody());
        assertFalse(article.articleBody().contains("Knoblauch"), article.articleBody());

        // radio buttons of one name far apart, a rating under each section, take no text with them
        String rated = "<div class='section'>%s<input type='radio' name='value' value='1'></div>";
        ExtractedArticle sections = extract("<html><body><article>" + rated.formatted(numbered(1, "<p>First ", "</p>"))
            + rated.formatted(numbered(1, "<p>Second ", "</p>")) + rated.formatted(numbered(1, "<p>Third ", "</p>")) + "</article></body></html>");
        assertEquals(3, sections.paragraphs().size(), sections.articleBody());

        // a short story and a poll in one box, the buttons beside the story: the story is more than a question, and stays
        ExtractedArticle beside = extract("<html><body><div class='news'>" + paragraphs(2) + "<p>Your view?</p>"
            + numbered(5, "<label><input type='radio' name='vote'>Answer ", "</label>").replaceAll("\\. The regional.*?spring\\.", "")
            + "</div></body></html>");
        assertTrue(beside.articleBody().contains("1. The regional council"), beside.articleBody());
    }

    @Test
    void anEmbeddedTweetIsAQuoteOfTheArticleEvenInAWrapperNamedSocial() {
        // nj.com: <div class="social-media-embed"><blockquote class="twitter-tweet">; a share bar holds no such blockquote
        ExtractedArticle article = extract("<html><body><div class='story'>" + paragraphs(2) + "<div class='social-media-embed'>"
            + "<blockquote class='twitter-tweet'><p>Yes this is real and the state spent half a million dollars on it</p>— Dianna"
            + " (@dianna) <a href='https://twitter.com/x/status/1'>November 18, 2019</a></blockquote></div>" + paragraphs(1)
            + "<div class='social-share'><a href='/s'>Share on Twitter</a><a href='/f'>Share on Facebook</a></div></div></body></html>");
        assertTrue(article.articleBody().contains("Yes this is real and the state spent half a million dollars on it"), article.articleBody());
        assertFalse(article.articleBody().contains("Share on"), article.articleBody());
    }

    @Test
    void aCardOfLinksShownOnHoverInsideAParagraphIsNotText() {
        // thehill.com follows each mention of a person with a hidden card of their picture and latest headlines
        ExtractedArticle article = extract("<html><body><div class='story'><p>A man pleaded guilty to threatening Rep. <span class='rollover'>"
            + "<a href='/people/omar'>Ilhan Omar</a><span class='rollover-block'><span><a href='/people/omar'>Ilhan Omar</a>"
            + "<a href='/a'>Progressives oppose funding bill over surveillance authority</a> <a href='/b'>Omar asks court for compassion"
            + " in sentencing</a></span></span></span> in a voicemail, prosecutors said on Tuesday in a federal court.</p>" + paragraphs(3)
            + "</div></body></html>");
        assertTrue(article.articleBody().startsWith("A man pleaded guilty to threatening Rep. Ilhan Omar in a voicemail"), article.articleBody());
        assertFalse(article.articleBody().contains("Progressives oppose"), article.articleBody());
    }

    @Test
    void wordsMarkedUpInsideASentenceStayWhateverTheirClassSays() {
        // businessweek.com marks company names as stock tickers; the sentence lost "Home Depot" with the ticker
        ExtractedArticle article = extract("<html><body><div class='story'><p>At <span class='ticker' data-symbol='HD'>Home Depot</span>,"
            + " we first realized we needed a real conversation, said the company's <a class='tag' href='/t/cio'>chief information"
            + " officer</a> on <span class='date'>Monday</span>.</p>" + paragraphs(3) + "<p>The harbour budget is the largest in a decade,"
            + " officials said. <a class='read-more' href='/more'>Read more</a></p>"
            + "<time class='date'>Published: 03.04.2020, 12:35</time><div class='comments'><p>44 comments on this story so far</p></div>"
            + "</div></body></html>");
        assertTrue(article.articleBody().startsWith("At Home Depot, we first realized we needed a real conversation, said the company's chief"
            + " information officer on Monday."), article.articleBody());
        assertTrue(article.articleBody().endsWith("officials said."), "a link that ends a paragraph is no word of it: " + article.articleBody());
        assertFalse(article.articleBody().contains("Published"), "a date between blocks is no sentence's: " + article.articleBody());
    }

    @Test
    void aHeaderThatHoldsParagraphsOfTextIsNotThePagesHeader() {
        // munich2022.com builds its stories from components that write the text inside a <header>
        ExtractedArticle article = extract("<html><body><header class='site'><a href='/'>Munich 2022</a><nav><a href='/a'>Athletics</a>"
            + "<a href='/b'>Cycling</a></nav><p>The European Championships, 11 to 21 August</p></header><section><article><header>"
            + "<h3>Top athletes in form</h3>" + paragraphs(4) + "</header></article></section><aside>" + numbered(3, "<p>More news: ",
            "</p>") + "</aside><footer>" + numbered(2, "<p>About the championships: ", "</p>") + "</footer></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), "found by the first pass, not by a fallback");
        assertEquals(4, article.paragraphs().stream().filter(p -> p.contains(PARAGRAPH)).count(), article.articleBody());
        assertFalse(article.articleBody().contains("Athletics") || article.articleBody().contains("11 to 21 August"), article.articleBody());
    }

    @Test
    void aBlockWithAModifierOfTheArticlesClassIsPartOfIt() {
        // wday.ru opens with "block-text block-text_initial-letter", then "block-text" blocks between pictures
        ExtractedArticle article = extract("<html><body><div class='content'><div class='block'><div class='block-text block-text_initial-letter'>"
            + "<p>Opening " + PARAGRAPH + "</p></div></div><div class='block'><figure><img src='a.jpg'></figure></div><div class='block'>"
            + "<div class='block-text'>" + paragraphs(3) + "</div></div><div class='block'><figure><img src='b.jpg'></figure></div>"
            + "<div class='block'><div class='block-text'><p>Closing " + PARAGRAPH + "</p></div></div></div>"
            + "<div class='sidebar'><p>Horoscope for the week: the stars say that Tuesday is a good day for travel.</p></div></body></html>");
        assertTrue(article.articleBody().startsWith("Opening "), article.articleBody());
        assertTrue(article.articleBody().endsWith("Closing " + PARAGRAPH), article.articleBody());
    }

    @Test
    void aStoryBuiltOfSectionsNestedDeepIsTakenWholeFromItsArticleElement() {
        // digitalcourage.de: a CMS grid of text boxes, each paragraph five levels below what its section shares with the next
        ExtractedArticle article = extract("<html><body><article>" + section("Opening ", 2) + "<h2>The northern quay</h2>" + section("Middle ", 2)
            + section("Closing ", 3) + "</article><div class='sidebar-box'><p>Weather: sunny spells in the afternoon, and a light breeze"
            + " from the sea later on.</p></div></body></html>");
        List<String> paragraphs = article.paragraphs();
        assertEquals(8, paragraphs.size(), article.articleBody());
        assertTrue(paragraphs.getFirst().startsWith("Opening 0. "), article.articleBody());
        assertEquals("The northern quay", paragraphs.get(2));
        assertTrue(paragraphs.getLast().startsWith("Closing 2. "), article.articleBody());
        assertFalse(article.articleBody().contains("Weather"), article.articleBody());
    }

    @Test
    void aStoryBuiltOfSectionsIsTakenFromTheirHolderWhenThePageMarksMoreAsMain() {
        // mdr.de: the role=main wrapper holds the story's sections, then "Mehr aus der Region" with its teasers' leads
        String teaser = "<div class='teaser'><div class='mediaInfo'><span>Bildrechte: Gerhard Zimmer</span></div>"
            + "<span class='avDetails'>mit Audio</span><h4><a href='/region/%d.html'>Another story of the region, number %<d</a></h4>"
            + "<span class='webtime'>28.04.2023 | 11:54 Uhr</span>"
            + "<p class='teasertext'><a href='/region/%<d.html'>The lead of another story of the region, which the page links as a whole"
            + " to the story it announces, number %<d.</a></p></div>";
        ExtractedArticle article = extract("<html><body><div class='wrapper' role='main'><div class='sectionWrapper'><h1>Budget</h1>"
            + "<div class='sectionDetailPage'>" + section("Opening ", 2) + "<h2>The northern quay</h2>" + section("Middle ", 2)
            + section("Closing ", 3) + "</div></div><div class='sectionWrapper'><h3><a href='/region'>Mehr aus der Region</a></h3>"
            + teaser.formatted(1) + teaser.formatted(2) + teaser.formatted(3) + "</div></div></body></html>");
        List<String> paragraphs = article.paragraphs();
        assertEquals(8, paragraphs.size(), article.articleBody());
        assertTrue(paragraphs.getFirst().startsWith("Opening 0. "), article.articleBody());
        assertTrue(paragraphs.getLast().startsWith("Closing 2. "), article.articleBody());
        assertFalse(article.articleBody().contains("of the region"), article.articleBody());
        assertFalse(article.articleBody().contains("Mehr aus der Region"), article.articleBody());
    }

    @Test
    void aStoryBuiltOfPageBuilderRowsIsTakenWholeFromTheElementItsThemeNamesTheText() {
        // derekseaman.com, quantamagazine.org: a page builder's rows inside the theme's "entry-content" (or id "postBody"), no <article>
        for (String marked : List.of("<div class='entry-content'>", "<div id='postBody'>")) {
            ExtractedArticle article = extract("<html><body><div class='site'>" + marked + section("Opening ", 2)
                + "<h2>The northern quay</h2>" + section("Middle ", 2) + section("Closing ", 3) + "</div></div>"
                + "<div class='widget-area'><p>Weather: sunny spells in the afternoon, and a light breeze from the sea later on.</p></div>"
                + "</body></html>");
            List<String> paragraphs = article.paragraphs();
            assertEquals(8, paragraphs.size(), article.articleBody());
            assertTrue(paragraphs.getFirst().startsWith("Opening 0. "), article.articleBody());
            assertTrue(paragraphs.getLast().startsWith("Closing 2. "), article.articleBody());
            assertFalse(article.articleBody().contains("Weather"), article.articleBody());
        }
    }

    @Test
    void aStoryIsNotWidenedToThePagesMainRegionForTheStreamOfOtherStoriesInIt() {
        // yahoo.com: role=main holds the story and a stream of other stories' headlines and leads
        StringBuilder stream = new StringBuilder("<ul class='stream'>");
        for (int i = 0; i < 8; i++) {
            stream.append("<li><h3><a href='/other-").append(i).append("'>Other story ").append(i).append("</a></h3><p>Lead of another story ")
                .append(i).append(" that the site lists below the one on this page for readers</p></li>");
        }
        ExtractedArticle article = extract("<html><body><div role='main'><div class='story'><div class='body'>" + paragraphs(3)
            + "</div></div>" + stream + "</ul></div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Lead of another story"), article.articleBody());
    }

    @Test
    void aGalleryInsideTheStoryIsNotTakenBackByTheLenientPass() {
        // independent.co.uk: fifty slides of other news inside the story hold most of the page's text
        String slides = numbered(12, "<p>Slide ", ": a business story of the week, told in a caption under its picture for the gallery.</p>");
        ExtractedArticle article = extract("<html><body><article><div class='body'>" + paragraphs(2) + "<div class='related-gallery'>" + slides
            + "</div>" + numbered(2, "<p>Later ", "</p>") + "</div></article></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), article.articleBody());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Slide "), article.articleBody());
    }

    @Test
    void anArticleTextNamedTheBemWayIsKeptInsideAWrapperNamedLikeFurniture() {
        // politico.eu: <div class="sidebar-grid__content article__content"> holds the story, and less than half the page's text
        ExtractedArticle article = extract("<html><body><article class='article'><figure><figcaption>Should she win, the council"
            + " changes hands. | Photo agency</figcaption></figure><div class='sidebar-grid'><div class='sidebar-grid__content"
            + " article__content'>" + paragraphs(3) + "</div></div></article><section class='related'>" + numbered(3, "<p>Other story ", "</p>")
            + "</section><aside class='sidebar'>" + numbered(3, "<p>Column ", "</p>") + "</aside></body></html>");
        assertEquals(Extraction.MARKUP_LENIENT, article.extraction().strategy(), article.articleBody());
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "2. " + PARAGRAPH), article.paragraphs());
    }

    @Test
    void anArticleInsideAWrapperNamedLikeFurnitureIsFoundEvenWhenOtherTextIsLeft() {
        // blog.logrocket.com: the post sits in "sidebar-container" beside its sidebar; the first pass kept only the teasers below
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            teasers.append("<div class='card'><p>Learn how harbour tool ").append(i)
                .append(" compares in 2025, with benchmarks, pricing, and a senior engineer's take on when it makes sense.</p></div>");
        }
        ExtractedArticle article = extract("<html><body><div class='sidebar-container'><div class='post-text'>" + paragraphs(8)
            + "</div><div class='sidebar'><p>Get the latest posts, tutorials and more, right in your inbox every week.</p></div></div>"
            + "<section class='more'>" + teasers + "</section></body></html>");
        assertEquals(Extraction.MARKUP_LENIENT, article.extraction().strategy(), article.articleBody());
        assertEquals(8, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("senior engineer"), article.articleBody());
    }

    @Test
    void aPageItsScriptsRenderIsReadFromTheArticleHtmlInItsScriptData() {
        // lesswrong.com: an empty application shell; Apollo's cache holds the post's HTML, escaped, beside a longer tag description
        String post = numbered(4, "<p>Post ", "</p>").replace("<", "\\u003c").replace(">", "\\u003e");
        String tag = numbered(6, "<p>Tag ", "</p>");
        ExtractedArticle article = extract("<html><head><meta name='description' content='Post 0. " + PARAGRAPH.substring(0, 70)
            + "…'></head><body><div id='root'></div><script>(window.state ??= []).push({\"tag\":{\"description\":{\"html\":\"" + tag
            + "\"}},\"post\":{\"contents\":{\"html\":\"" + post + "\"}}});</script></body></html>");
        assertEquals(Extraction.SCRIPT_DATA, article.extraction().strategy(), article.articleBody());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().startsWith("Post 0. The regional council"), article.articleBody());
        assertFalse(article.articleBody().contains("Tag "), article.articleBody());
    }

    @Test
    void aShortBriefIsNotReplacedByOtherHtmlInTheScriptData() {
        // a brief of two sentences; the page's state also carries a consent notice's HTML, which is not the story
        String notice = numbered(5, "<p>Notice ", "</p>");
        ExtractedArticle article = extract("<html><head><meta name='description' content='Brief: the harbour budget passed on Tuesday"
            + " night after a long debate in the council.'></head><body><article><p>" + PARAGRAPH + "</p></article>"
            + "<script>window.consent = {\"html\":\"" + notice + "\"};</script></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), article.articleBody());
        assertFalse(article.articleBody().contains("Notice "), article.articleBody());
    }

    @Test
    void scriptDataIsNotReadWhenTheMarkupHoldsTheArticle() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(4) + "</article><script>var state = {\"html\":\""
            + numbered(8, "<p>Other ", "</p>") + "\"};</script></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy());
        assertFalse(article.articleBody().contains("Other "), article.articleBody());
    }

    @Test
    void aPostItsScriptsRenderIsReadFromWhatThePageShowsWithoutJavaScript() {
        // Blogger's theme of Google's blogs: the post waits in a script template and is printed again in <noscript>
        String post = paragraphs(4);
        ExtractedArticle article = extract("<html><body><noscript><img src='/pixel.gif'></noscript><div class='post'><h2>Harbour</h2>"
            + "<div class='post-body'><div class='post-content' itemprop='articleBody'><script type='text/template'>" + post
            + "</script><noscript>" + post + "</noscript></div></div></div><div class='sidebar'><p>The latest news from the harbour blog</p>"
            + "</div></body></html>");
        assertEquals(Extraction.NOSCRIPT_MARKUP, article.extraction().strategy(), article.articleBody());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("latest news"), article.articleBody());
    }

    @Test
    void whatAPageShowsWithoutJavaScriptIsNotReadWhenTheMarkupHoldsTheArticle() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "</article><noscript>"
            + numbered(6, "<p>Without scripts ", "</p>") + "</noscript></body></html>");
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), article.articleBody());
        assertFalse(article.articleBody().contains("Without scripts"), article.articleBody());
    }

    @Test
    void aLongTableInWrappersIsTakenWithTheTextAroundIt() {
        // a table of many cells outvotes the text around it: what holds it is the wrapper of a wrapper, not the article
        String rows = numbered(12, "<tr><td>Harbour ", "</td></tr>");
        ExtractedArticle article = extract("<html><body><div class='text'>" + numbered(3, "<p>Before ", "</p>")
            + "<div class='wrap'><div class='table-responsive'><table>" + rows + "</table></div></div>"
            + numbered(1, "<p>After ", "</p>") + "</div><div class='footer-links'><p>About us, contact, and jobs at the paper.</p></div>"
            + "</body></html>");
        assertTrue(article.articleBody().startsWith("Before 0. "), article.articleBody());
        assertTrue(article.articleBody().contains("Harbour 11. "), article.articleBody());
        assertTrue(article.articleBody().endsWith("After 0. " + PARAGRAPH), article.articleBody());
    }

    @Test
    void aTableOfDataInAFigureComesRowByRowWithoutItsCaption() {
        // WordPress wraps every table in figure.wp-block-table; its cells are shorter than any paragraph
        ExtractedArticle article = betweenFourParagraphs("<figure class='wp-block-table'><table><thead><tr><th>City</th><th>Score</th></tr>"
            + "</thead><tbody><tr><td>1. <a href='/sunnyvale'>Sunnyvale</a></td><td>96.2</td></tr><tr><td>2. Fremont</td><td>93.1</td></tr>"
            + "<tr><td>Ankara</td><td><span class='icon-ok'></span></td></tr></tbody></table>"
            + "<figcaption>Source: harbour office | Image: Example News</figcaption></figure>");
        assertTrue(article.articleBody().contains("1. " + PARAGRAPH + "\n\nCity\tScore\n\n1. Sunnyvale\t96.2\n\n2. Fremont\t93.1\n\nAnkara\n\n"),
            article.articleBody());
        assertFalse(article.articleBody().contains("Source: harbour office"), article.articleBody());
    }

    @Test
    void aQuoteInAFigureIsTextOfTheArticle() {
        ExtractedArticle article = betweenFourParagraphs("<figure class='pullquote-testimonial'><blockquote><p>Join the harbour"
            + " association early: it costs little and every skipper on the quay knows its members.</p></blockquote>"
            + "<figcaption>Photo: harbour office</figcaption></figure>");
        assertTrue(article.articleBody().contains("\n\nJoin the harbour association early"), article.articleBody());
        assertFalse(article.articleBody().contains("Photo: harbour office"), article.articleBody());
    }

    @Test
    void aBlockOfTheTextsClassJoinsItThoughItsTableLinksEveryName() {
        // the opening and a ranking of linked names in one block, the rest of the text in the next block of the same class
        String rows = numbered(8, "<tr><td><a href='/company'>Harbour Works Company number ", "</a></td><td>$1.2B</td></tr>")
            .replace(PARAGRAPH, "");
        ExtractedArticle article = extract("<html><body><h1>Budget</h1><div class='column'><div class='rich-text'>"
            + "<p>Opening " + PARAGRAPH + "</p><table>" + rows + "</table></div><div class='rich-text'>" + paragraphs(8)
            + "</div></div><div class='footer-links'><p>About us, contact, and jobs at the paper.</p></div></body></html>");
        assertTrue(article.articleBody().startsWith("Opening The regional council"), article.articleBody());
        assertTrue(article.articleBody().contains("Harbour Works Company number 7.\t$1.2B"), article.articleBody());
    }

    @Test
    void aColumnHiddenOnPhonesAddsNothingThoughItsWidgetsShareTheTextsClass() {
        // a page builder gives every widget the same wrapper class; the side column is hidden on phones
        String widget = "<div class='elementor-widget'><div class='elementor-widget-container'>%s</div></div>";
        ExtractedArticle article = extract("<html><body><h1>Budget</h1><div class='row'><div class='column'><div class='stack'>"
            + widget.formatted(paragraphs(3)) + "</div></div><div class='column elementor-hidden-mobile'><div class='stack'>"
            + widget.formatted("<p>“I highly recommend the harbour office: they answered every question about the quay.”</p>")
            + "</div></div></div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aSkipLinkHiddenByItsClassIsNoLineOfTheStory() {
        // BBC News opens each box in a story with a link only screen readers see, to the text after the box
        ExtractedArticle article = betweenFourParagraphs("<div class='story-feature wide'><a class='hidden' href='#story_continues_1'>"
            + "Continue reading the main story</a><h2>Analysis</h2><p>The quay was built in 1911 and has not been widened since then.</p></div>"
            + "<a name='story_continues_1'></a>");
        assertFalse(article.articleBody().contains("Continue reading"), article.articleBody());
        assertTrue(article.articleBody().contains("Analysis\n\nThe quay was built in 1911"), article.articleBody());
    }

    @Test
    void aHeadingHiddenByItsClassLabelsARegionForScreenReadersOnly() {
        // mdr.de heads the story "Hauptinhalt" and each box after it "Neuer Abschnitt", in headings hidden by class; text
        // hidden by class may be what a button reveals, and stays
        ExtractedArticle article = betweenFourParagraphs("<h3 class='conHeadline hidden'>Neuer Abschnitt</h3><div class='box'>"
            + "<h3 class='conHeadline'>Das Geschäft</h3><p>The quay was built in 1911 and has not been widened since then.</p>"
            + "<div class='hidden more'><p>Its stones came from the quarry upriver, which closed in 1950 after the floods.</p></div></div>");
        assertFalse(article.articleBody().contains("Neuer Abschnitt"), article.articleBody());
        assertTrue(article.articleBody().contains("Das Geschäft\n\nThe quay was built in 1911"), article.articleBody());
        assertTrue(article.articleBody().contains("the quarry upriver"), article.articleBody());
        // slf.ch (TYPO3 with Bootstrap): "Hauptinhalt" in <h2 class="text-hide">; "sr-only" and "visually-hidden" hide as well
        for (String hidden : List.of("text-hide", "sr-only", "visually-hidden")) {
            ExtractedArticle framework = betweenFourParagraphs("<h2 class='" + hidden + "'>Hauptinhalt</h2>");
            assertFalse(framework.articleBody().contains("Hauptinhalt"), hidden + ": " + framework.articleBody());
        }
    }

    @Test
    void aParagraphHiddenFromScreenReadersOnlyIsStillOnScreen() {
        // TechRadar and the other Future sites write the paragraphs after the opening as <p class="paywall" aria-hidden="true">;
        // a short line or a box hidden that way is still hidden
        ExtractedArticle article = betweenFourParagraphs("<p class='paywall' aria-hidden='true'>That is heady, terrifying and maybe"
            + " a bit of hyperbole, but the new search box does decide on the fly which kind of help answers a question.</p>"
            + "<p aria-hidden='true'>Advertisement</p><div aria-hidden='true'><p>" + PARAGRAPH + "</p></div>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("That is heady, terrifying"), article.articleBody());
        assertFalse(article.articleBody().contains("Advertisement"), article.articleBody());
    }

    @Test
    void aBuyingGuidesProductBoxesAreItsArticleAndOtherWidgetsAreNot() {
        // PCMag writes each product's specifications and review in a "product widget"; a theme's widget stays furniture
        ExtractedArticle article = betweenFourParagraphs("<div class='c-product-widget c-product-widget--big' id='nitro-16'>"
            + "<div class='c-product-widget__name'>Acer Nitro 16</div><div class='c-product-widget__content'><ul><li>Processor: Ryzen 5</li>"
            + "<li>Memory: 16GB</li></ul><p>Every iteration of the Nitro keeps getting better, and this one plays demanding games well.</p>"
            + "<p>The display is one of its standout features, with a longer aspect ratio that makes everyday tasks easier.</p></div></div>"
            + "<div class='widget widget_text'><p>Subscribe to our deals and get the best prices of the week in your inbox.</p></div>");
        assertTrue(article.articleBody().contains("Every iteration of the Nitro"), article.articleBody());
        assertTrue(article.articleBody().contains("The display is one of its standout features"), article.articleBody());
        assertTrue(article.articleBody().contains("Processor: Ryzen 5"), article.articleBody());
        assertFalse(article.articleBody().contains("best prices of the week"), article.articleBody());
    }

    @Test
    void aTableOfContentsGoesWithItsHeadingWhereverTheListIs() {
        // a plugin's box of the page's own headings, and a heading left alone where a script fills the list in later
        ExtractedArticle article = betweenFourParagraphs("<div id='ez-toc-container' class='ez-toc-v2_0 counter-hierarchy'>"
            + "<p class='ez-toc-title'>Table of Contents</p><ul><li><a href='#quay'>The northern quay, its history and its future</a></li>"
            + "<li><a href='#budget'>The budget of the harbour and who pays for the works</a></li></ul></div>"
            + "<h2 id='toc_quay'>The northern quay</h2>" + numbered(1, "<p>Quay ", "</p>") + "<p>Inhaltsverzeichnis [Anzeigen]</p>"
            + "<p>Contents</p>");
        assertFalse(article.articleBody().contains("Table of Contents"), article.articleBody());
        assertFalse(article.articleBody().contains("who pays"), article.articleBody());
        assertFalse(article.articleBody().contains("Inhaltsverzeichnis"), article.articleBody());
        assertFalse(article.articleBody().contains("Contents"), article.articleBody());
        assertTrue(article.articleBody().contains("The northern quay\n\nQuay 0."), article.articleBody());
    }

    @Test
    void aParagraphOfNothingButAZeroWidthJoinerIsNoLine() {
        ExtractedArticle article = betweenFourParagraphs("<p>\u200d</p><p> \u200d\u00a0</p>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("\u200d"), article.articleBody());
    }

    @Test
    void rowsOfLinksOrOfOneCellAreNoTableOfData() {
        // a page laid out in a table lists more stories in rows of one cell, or of links only
        ExtractedArticle article = betweenFourParagraphs("<table><tr><td>More on the harbour</td></tr>"
            + "<tr><td><a href='/a'>Quay closed</a></td><td><a href='/b'>Ferry late</a></td></tr></table>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        // orthomolecular.org lists its earlier reports as rows of a date and a linked headline: more stories, not data
        StringBuilder reports = new StringBuilder("<table>");
        StringBuilder ranking = new StringBuilder("<table>");
        for (int i = 1; i <= 5; i++) {
            reports.append("<tr><td>Feb ").append(i).append(", 2020</td><td><a href='/v16n").append(i).append("'>Report number ").append(i)
                .append(" on the treatment of the new virus</a></td></tr>");
            ranking.append("<tr><td><a href='/c").append(i).append("'>Electrical Contractor Number ").append(i)
                .append(" Incorporated</a></td><td>$").append(i).append(".7B</td></tr>");
        }
        ExtractedArticle dated = betweenFourParagraphs(reports + "</table>");
        assertEquals(4, dated.paragraphs().size(), dated.articleBody());
        // a ranking links its names beside figures that are no dates: data, row by row
        ExtractedArticle ranked = betweenFourParagraphs(ranking + "</table>");
        assertBody(ranked, List.of("Electrical Contractor Number 1 Incorporated\t$1.7B", "Electrical Contractor Number 5 Incorporated\t$5.7B"),
            List.of());
    }

    @Test
    void aCodeListingKeepsItsLinesAndItsHighlightedComments() {
        // highlighters name their spans after the language ("hljs-comment"), which would otherwise read as a comment section
        ExtractedArticle article = betweenFourParagraphs("<pre><code class='language-bash hljs'><span class='hljs-comment'># make the repository</span>\n"
            + "git init\n\n<span class='hljs-comment'># stage every changed file</span>\n  git add -A\n</code></pre>");
        assertTrue(article.articleBody().contains("\n\n# make the repository\ngit init\n\n# stage every changed file\n  git add -A\n\nLater 0."),
            article.articleBody());
    }

    /** An article of four distinct paragraphs with {@code inserted} after the second. */
    private ExtractedArticle betweenFourParagraphs(String inserted) {
        return extract("<html><body><article>" + paragraphs(2) + inserted + numbered(2, "<p>Later ", "</p>") + "</article></body></html>");
    }

    /** A section of {@code count} paragraphs, each starting with {@code label}, five wrappers deep. */
    private static String section(String label, int count) {
        return "<div><div><div><div><div>" + numbered(count, "<p>" + label, "</p>") + "</div></div></div></div></div>";
    }

    @Test
    void anEmbedsConsentPlaceholderIsNotBody() {
        // amnesty.de: where a tweet would be, a box asking for consent to load it
        ExtractedArticle article = betweenFourParagraphs("<div class='third-party-services--placeholder'><h2>Unlock Twitter</h2>"
            + "<div class='content-wrapper'><div class='message'>We respect your privacy and therefore do not connect to Twitter without"
            + " your consent. Manage your settings here.</div></div></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("privacy") || article.articleBody().contains("Unlock"), article.articleBody());
    }

    @Test
    void paragraphsNamedPlaceholdersAreTheStory() {
        // cnn.com writes every paragraph of a story as <p class="paragraph inline-placeholder">, between subheads
        StringBuilder story = new StringBuilder("<html><body><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>"
            + "<article><h1>Why Donald Trump won't change</h1><div class='article__content' itemprop='articleBody'>"
            + "<div class='source inline-placeholder'><cite>CNN —</cite></div>");
        for (int i = 0; i < 6; i++) {
            story.append(i % 2 == 1 ? "<h2>Subhead " + i + "</h2>" : "")
                .append("<p class='paragraph inline-placeholder' data-component-name='paragraph'>Paragraph ").append(i)
                .append(" of the story says what the president-elect did this week and what it means for the months ahead.</p>");
        }
        story.append("<p class='paragraph'>Dana Bash contributed to this story.</p>");
        ExtractedArticle article = extract(story.append("</div></article></body></html>").toString());
        assertTrue(article.articleBody().startsWith("Paragraph 0 of the story"), article.articleBody());
        assertTrue(article.articleBody().contains("Paragraph 5 of the story"), article.articleBody());
        // kept by the first pass, not left to the lenient one: on cnn.com the first pass kept the subheads alone, and the story was lost
        assertEquals("markup", article.extraction().strategy(), article.articleBody());
    }

    @Test
    void invitationsToFollowTheSiteAfterTheArticleAreNotBody() {
        // guatemala.com, nationnews.com, elpais.com: the site's channels linked in the article's last lines, in any language
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<p>El alcalde lo anunció en su cuenta: <a href='https://twitter.com/alcalde/status/1455512589295816707'>ver mensaje</a>.</p>"
            + "<p>¿Ya sabías que tenemos canal de Telegram? Únete en este <a href='https://t.me/noticias'>enlace de invitación</a>.</p>"
            + "<p>For the latest stories download our apps for <a href='https://apps.apple.com/us/app/news/id887959854'>iOS</a> and"
            + " <a href='https://play.google.com/store/apps/details?id=com.news'>Android</a>.</p></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertTrue(article.paragraphs().getLast().startsWith("El alcalde"), "a post the article cites is a source, not an invitation");
    }

    @Test
    void theSiteAskingToBeFollowedInArabicPersianOrUrduAfterTheArticleIsNotBody() {
        // written without links, where FollowInvitation has nothing to go by: the forms only a site uses to its readers
        ExtractedArticle arabic = extract("<html><body><article>" + paragraphs(3)
            + "<p>تابعونا على تلغرام لمتابعة آخر الأخبار أولا بأول.</p></article></body></html>");
        assertEquals(3, arabic.paragraphs().size(), arabic.articleBody());
        ExtractedArticle persian = extract("<html><body><article>" + paragraphs(3)
            + "<p>برای دریافت آخرین خبرها ما را در اینستاگرام دنبال کنید.</p></article></body></html>");
        assertEquals(3, persian.paragraphs().size(), persian.articleBody());
        // an Urdu news page: a "more news" heading over a list of links, then "follow us on Facebook, join our WhatsApp channel"
        ExtractedArticle urdu = extract("<html><body><article>" + paragraphs(3) + "<h4>مزید خبریں</h4><ul><li><a href='/n/1'>آئی ایم ایف"
            + " سے مذاکرات کا نیا دور</a></li><li><a href='/n/2'>ڈالر کی قیمت میں کمی</a></li></ul><p>ہمیں فیس بک پر فالو کریں اور تازہ"
            + " ترین خبروں کے لیے ہمارا واٹس ایپ چینل جوائن کریں۔</p></article></body></html>");
        assertEquals(3, urdu.paragraphs().size(), urdu.articleBody());
    }

    @Test
    void anUrduReadAlsoListBetweenTheParagraphsIsNotBody() {
        ExtractedArticle article = betweenFourParagraphs("<p>یہ بھی پڑھیں</p><ul><li><a href='/n/7'>بجٹ سے قبل اسٹاک مارکیٹ میں تیزی</a></li>"
            + "<li><a href='/n/8'>سونے کی قیمت میں نمایاں اضافہ</a></li></ul>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void theSiteAskingForSubscriptionsOrSupportAfterTheArticleIsNotBody() {
        // nationnews.com, haitiantimes.com, refinery29.com, verfassungsblog.de: the site's appeals close the article, in any language
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<p>To view the full story, please subscribe to The Daily Example. You can choose an annual subscription or a weekly pass.</p>"
            + "<p>Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier für unseren Newsletter an!</p>"
            + "<p>If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!</p>"
            + "<p>Subscribe now to our e-edition for the full story.</p>"
            + "<p>Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.</p>"
            + "<p>To receive these entries once a month by e-mail, sign up for the Crypto-Gram Newsletter.</p>"
            // mix1.de names its newsletter in one word with what it is about
            + "<p>Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!</p></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        // correio24horas.com.br, panamaamerica.com.pa: after a separator, the site's pitch ending "Assine o jornal."; its channel
        article = extract("<html><body><article>" + paragraphs(3) + "<p>***</p><p>Em tempos de desinformação, o CORREIO continua"
            + " produzindo informação responsável e apurada pela nossa redação. Assine o jornal.</p>"
            + "<p>¡Mira lo que tiene nuestro canal de YouTube!</p></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aBoxHeadedWithAnAppealBetweenTheParagraphsIsNotBody() {
        // corkbeo.ie: a "factbox" in the middle of the article, headed "Sign up for the CorkBeo newsletter"
        ExtractedArticle article = betweenFourParagraphs("<div class='factbox'><span class='factbox-header'><h3>Sign up for the CorkBeo"
            + " newsletter</h3></span><div class='factbox-content'><p>Never miss the latest news by signing up today!</p><p>Every day"
            + " we'll send you a roundup email of all the latest from Cork covering news, entertainment and sport.</p></div></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        ExtractedArticle facts = betweenFourParagraphs("<div class='factbox'><span class='factbox-header'><h3>Level 3: what it means</h3>"
            + "</span><div class='factbox-content'><p>Pubs and restaurants serve outdoor seating only, for at most 15 customers.</p></div></div>");
        assertTrue(facts.articleBody().contains("outdoor seating only"), "a factbox of facts is text: " + facts.articleBody());
        // nbcnews.com: a sign-up box with an empty heading, its pitch and a form, between two paragraphs
        ExtractedArticle signUp = betweenFourParagraphs("<div id='emailSignup'><div><h4 id='title'></h4></div><div id='descr'>Let our news"
            + " meet your inbox. The news and stories that matter, delivered weekday mornings.</div><form><input name='email'>"
            + "<button>Sign Up</button></form><p>This site is protected by recaptcha.</p></div>");
        assertEquals(4, signUp.paragraphs().size(), signUp.articleBody());
    }

    @Test
    void aTeaserOfAnotherStoryInsideTheBodyIsNotBody() {
        // nzz.ch: a link box between the paragraphs, the other story's headline and lead in one link
        ExtractedArticle article = betweenFourParagraphs("<div class='teaser teaser--embed'><a class='teaser__link' href='/other-story'>"
            + "<h3>Defeat for the government: the vote on the harbour deal is delayed</h3><div class='teaser__lead'>Parliament postponed"
            + " the decision on the harbour deal on Saturday: the members voted for a motion that delays the vote until the law is"
            + " passed, and the government will now ask for more time.</div></a></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aGridOfTeasersInsideTheArticlesContainerIsNotBody() {
        // vse-diety.com: "the most popular diets", cards of a picture, a linked title and a line, in the article's container
        StringBuilder cards = new StringBuilder("<div id='tumblock'><h2>Самые популярные диеты</h2>");
        for (int i = 0; i < 4; i++) {
            cards.append("<div class='tumb'><div class='r'><a href='/diet-").append(i).append(".html'><img src='/d").append(i)
                .append(".jpg'></a></div><div class='title'><a href='/diet-").append(i).append(".html'>Диета ").append(i)
                .append("</a></div><div class='body'>Популярная диета при активном ритме жизни. Результаты до 10 кг за 14 дней.</div></div>");
        }
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(4) + cards + "</div></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        // a gallery's pictures link to the pictures: its captions are the article's
        StringBuilder gallery = new StringBuilder("<div class='gallery'>");
        for (int i = 0; i < 4; i++) {
            gallery.append("<div class='item'><a href='/img/p").append(i).append(".jpg'><img src='/img/p").append(i)
                .append("-small.jpg'></a><p>The northern quay seen from the harbour office, picture ").append(i).append(".</p></div>");
        }
        ExtractedArticle withGallery = extract("<html><body><article>" + paragraphs(4) + gallery + "</div></article></body></html>");
        assertTrue(withGallery.articleBody().contains("picture 2"), withGallery.articleBody());
    }

    @Test
    void popUpsFlyoutsAndThePostsMetadataLineAreNotBody() {
        // tichyseinblick.de, drk.de: a box that pops up over the article; whiskyverkostung.com: WordPress's "postmetadata" line
        ExtractedArticle article = betweenFourParagraphs("<div class='rty-pop-up'><h4>Unterstützen Sie unsere Arbeit</h4><p>Jede Spende"
            + " hilft uns, weiter unabhängig über die Region zu berichten, jeden Tag.</p></div><div class='c-flyout'><p>Jede kleine Spende"
            + " hilft den Menschen, die vom Hochwasser betroffen sind, sofort.</p></div><p class='postmetadata alt'>Der Beitrag wurde am"
            + " Mittwoch, 15. Januar 2020 um 10:12 veröffentlicht und wurde unter Termine abgelegt.</p>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aLabelClosingTheTextGoesThoughABoxShownTwiceFollowsIt() {
        // heizung.de: "Mehr zu Wärmepumpe" over links, then an advice box the page already showed in the text
        String adviceBox = "<div class='cta'><h2>Beratung vor Ort</h2><p>Sie benötigen eine individuelle Beratung für Ihre neue Heizung?</p></div>";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + adviceBox + numbered(2, "<p>Later ", "</p>")
            + "<h2>Mehr zu Wärmepumpe</h2><ul><li><a href='/a'>Funktion</a></li><li><a href='/b'>Förderung</a></li></ul>"
            + adviceBox + "</article></body></html>");
        assertFalse(article.articleBody().contains("Mehr zu Wärmepumpe"), article.articleBody());
        assertTrue(article.articleBody().contains("Sie benötigen eine individuelle Beratung"), "the box where the text showed it stays");
    }

    @Test
    void aParagraphThatComesBackBetweenOtherTextStaysWhereACopyOrARunShownTwiceGoes() {
        // a training plan says "Warm up" every day; a lead written again as the first paragraph, and a story rendered twice
        // (once for phones), are the page showing the same text twice
        String warmUp = "<p>Warm up: ten minutes of easy jogging, then five minutes of drills and strides.</p>";
        String lead = "The plan below takes a beginner to a first half marathon in twelve weeks, three runs a week.";
        ExtractedArticle article = extract("<html><body><article><p class='lead'>" + lead + "</p><p>" + lead + "</p><h2>Monday</h2>" + warmUp
            + numbered(1, "<p>Monday ", "</p>") + "<h2>Wednesday</h2>" + warmUp + numbered(1, "<p>Wednesday ", "</p>")
            + "<h2>Friday</h2>" + warmUp + numbered(1, "<p>Friday ", "</p>")
            + "<div class='story-mobile'>" + numbered(2, "<p>Recap ", "</p>") + "</div>"
            + "<div class='story-desktop'>" + numbered(2, "<p>Recap ", "</p>") + "</div></article></body></html>");
        List<String> paragraphs = article.paragraphs();
        assertEquals(3, paragraphs.stream().filter(p -> p.startsWith("Warm up")).count(), article.articleBody());
        assertEquals(1, paragraphs.stream().filter(p -> p.startsWith("The plan below")).count(), article.articleBody());
        assertEquals(2, paragraphs.stream().filter(p -> p.startsWith("Recap")).count(), article.articleBody());
    }

    @Test
    void paragraphsWrittenAlikeSideBySideInOneBoxAreTheAuthors() {
        // readability's social-buttons page, and a story of 2008 its CMS printed twice in one box: no rendering's copy
        String paragraph = "<p>The council heard the residents for three hours, and the mayor answered every question in turn.</p>";
        ExtractedArticle article = extract("<html><body><article><h1>Residents heard</h1>" + paragraph.repeat(2)
            + "<div class='sharedaddy'><h3>Like this:</h3></div>" + paragraph.repeat(3) + "</article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        // the same written as text straight into divs
        String text = "<div>The council heard the residents for three hours, and the mayor answered every question in turn.</div>";
        ExtractedArticle loose = extract("<html><body><article><h1>Residents heard</h1>" + text.repeat(2) + "</article></body></html>");
        assertEquals(2, loose.paragraphs().size(), loose.articleBody());
    }

    @Test
    void aSectionNamedAfterItsHeadingIsNamedByNoRole() {
        // Sphinx: <div class="section" id="sharing-with-a-single-developer"> is no share box; a comments box keeps its name
        ExtractedArticle article = extract("<html><body><div class='body'><h1>Evolve: shared mutable history</h1>" + paragraphs(2)
            + "<div class='section' id='sharing-with-a-single-developer'><h2>Sharing with a single developer¶</h2>"
            + numbered(2, "<p>Shared ", "</p>") + "</div><div id='comments'><h2>Comments</h2>"
            + numbered(2, "<p>Reader ", "</p>") + "</div></div></body></html>");
        assertTrue(article.articleBody().contains("Shared 1."), article.articleBody());
        assertFalse(article.articleBody().contains("Reader 0."), article.articleBody());
    }

    @Test
    void aMenuWrittenAsALineBetweenTheStorysLinesIsNotBody() {
        // The Hindu (2008): the story is text between <br>s in a layout table's cell, under its sections as a line of links
        String story = "The Chief Minister said the State would not allow big retail chains to push out the small traders who sell in its markets.";
        ExtractedArticle article = extract("<html><body><table><tr><td><font>News: </font><font><a href='/e'>ePaper</a> | "
            + "<a href='/01'>Front Page</a> | <a href='/02'>National</a> | <a href='/23'>Tamil Nadu</a> | <a href='/03'>International</a> | "
            + "<a href='/06'>Business</a> |</font><br>" + (story + "<br><br>").repeat(3)
            + "He added that <a href='/a'>the markets</a>, <a href='/b'>the farmers</a> and <a href='/c'>the traders</a> would all be heard first."
            + "</td></tr></table></body></html>");
        assertFalse(article.articleBody().contains("ePaper"), article.articleBody());
        assertTrue(article.articleBody().contains("would all be heard first"), article.articleBody());
    }

    @Test
    void aProductsDescriptionInsideTheFormThatBuysItIsText() {
        // uniqz.de (wpShopGermany): the description sits in the form with the basket's fields; a search form beside it goes
        ExtractedArticle article = extract("<html><body><article><h1>Katzendecke</h1><div class='entry-content'>"
            + "<form class='wpsg_productform'><input name='amount'><div itemprop='description'>" + numbered(3, "<p>Decke ", "</p>")
            + "</div><input type='submit' value='In den Warenkorb'></form></div></article>"
            + "<aside><form role='search'><label>Search for: Suche nach Beiträgen, Seiten und Produkten auf dieser Website</label>"
            + "<input name='s'></form><div class='textwidget'>" + numbered(4, "<p>Über mich ", "</p>") + "</div></aside></body></html>");
        assertTrue(article.articleBody().contains("Decke 2."), article.articleBody());
        assertFalse(article.articleBody().contains("Search for"), article.articleBody());
    }

    @Test
    void aFormAroundTheHeadlineAndItsStoryIsKept() {
        // finance.ce.cn: the article, headline and all, in the form that mails it to a friend; its lines between <br>s, each
        // shorter than a paragraph of Latin text, and the menus and columns outside it hold more text than it does
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            lines.append("&nbsp;&nbsp;第").append(i).append("段：昨日重庆啤酒复牌，巨量卖盘直接将股价封死在跌停板，盘中挂在跌停板上的卖单近一亿股，")
                .append("被机构捧上天的“神仙药”，其疗效与安慰剂没太大区别。<br><br>");
        }
        StringBuilder menu = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            menu.append("<li><a href='/c").append(i).append("'>财经频道栏目").append(i).append("</a></li>");
        }
        ExtractedArticle article = extract("<html><head><title>重庆啤酒复牌跌停</title></head><body><ul class='nav'>" + menu + "</ul>"
            + "<div id='article'><form id='formarticle' name='formarticle' action='/sendmail.jsp' method='post'>"
            + "<h1 id='articleTitle'>重庆啤酒复牌跌停</h1><div class='content' id='articleText'>" + lines + "</div></form></div>"
            + "<form id='search' action='/search'><input name='q'><input type='submit' value='搜索'></form>"
            + "<ul class='links'>" + menu + "</ul></body></html>");
        assertTrue(article.articleBody().contains("第5段"), article.articleBody());
        assertEquals(6, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aFootersLegalTextOpeningWithItsNoticeDoesNotOutvoteAShortStory() {
        // nr2.ru: the owners, the media licence and the terms for quoting, written between <br>s under the page, in clauses
        // parted by twenty commas; the story above it is four short paragraphs with few
        String legal = "Владелец и правообладатель проекта «<a href='/'>NR2.Ru</a>»: © News Agency NR2 NEW RUSSIA L.P. Версия 5.0, "
            + "август 2004-2012.<br>Правовые ограничения: на сайте публикуются материалы независимых журналистов, как резидентов РФ, "
            + "так и имеющих другое гражданство, российских и зарубежных электронных периодических изданий, с которыми имеются "
            + "соответствующие договоры, в том числе зарегистрированного средства массовой информации, свидетельство Эл № 77-20649, "
            + "учредитель: ЗАО «Информационные Технологии», адрес учредителя: г. Москва, 2-й Силикатный проезд, д. 8.<br>"
            + "Все права на материалы и новости, опубликованные на сайте, охраняются в соответствии с законодательством РФ, "
            + "международным правом и договорами, заключёнными редакцией.<br>Допускается цитирование материалов без согласования, "
            + "не более 50% от объема оригинального материала, с обязательной прямой гиперссылкой на страницу, с которой материал "
            + "заимствован, до или после цитируемого блока, в тексте, воспроизводящем материал.<br>Распространяется бесплатно.";
        ExtractedArticle article = extract("<html><head><title>Мозгов набрал 11 очков в матче НБА</title></head><body>"
            + "<div class='main'><h1>Мозгов набрал 11 очков в матче НБА</h1><div class='mafa'>"
            + "<p>Денвер, Январь 05 (Новый Регион) – Российский центровой клуба НБА «Денвер Наггетс» Тимофей Мозгов набрал 11 очков "
            + "в матче с «Сакраменто Кингс». Мозгов вышел на площадку в стартовом составе и провел в игре 20 минут.</p>"
            + "<p>Самым результативным игроком встречи в составе «Денвера» стал Эл Харрингтон, набравший 15 очков.</p>"
            + "<p>В семи матчах регулярного чемпионата НБА сезона-2011/12 «Денвер» одержал пять побед.</p>"
            + "<p>Лидируют в чемпионате НБА «Чикаго Буллс» и «Майами Хит» – эти команды одержали по шесть побед.</p>"
            + "</div></div><div class='lm01'><div class='bot1 bot11 fl'>" + legal + "</div></div></body></html>");
        assertTrue(article.articleBody().startsWith("Денвер, Январь 05"), article.articleBody());
        assertFalse(article.articleBody().contains("Правовые ограничения"), article.articleBody());
        // a story written between <br>s whose first line credits its picture is still the story
        StringBuilder lines = new StringBuilder("Photo: © Reuters<br>");
        for (int i = 0; i < 4; i++) {
            lines.append("Line ").append(i).append(": the council met on Monday, and the mayor said the budget would pass by spring.<br>");
        }
        ExtractedArticle credited = extract("<html><body><ul class='nav'>" + "<li><a href='/a'>Section of the site</a></li>".repeat(30)
            + "</ul><div class='left'><div class='c1'>" + lines + "</div></div><div class='right'><div class='c2'><p>Example News is "
            + "the city's paper, founded in 1902, owned by its readers, and printed six days a week.</p></div></div></body></html>");
        assertTrue(credited.articleBody().contains("Line 3"), credited.articleBody());
    }

    @Test
    void aBoxOpenedOverThePageWithItsCloseButtonFirstIsNotTheStory() {
        // medicina.ua: "why register?", four paragraphs in a box the login link opens, its close button first; the story is
        // a standfirst and two short paragraphs
        String explainer = "<div id='qstDivCont'><div class='auth' id='qstDiv'><div class='brd'>"
            + "<div class='close' id='close2'><img src='/img/close.gif' title='Закрыть'></div>"
            + "<p>Для чего нужна регистрация?</p><p>Если Вы — посетитель, регистрация на портале позволит Вам создать свою персональную "
            + "страницу с различными сервисами, с которой смогут ознакомиться врачи, а также участвовать в обсуждении на форуме.</p>"
            + "<p>Если Вы — врач, то после регистрации Вы сможете консультировать посетителей портала, а также найти потенциальных "
            + "пациентов, отвечать на вопросы, вести свой блог, публиковать статьи.</p>"
            + "<p>Для добавления вопроса в разделе «Консультация», как и для чтения, регистрация не требуется.</p></div></div></div>";
        String story = "<div class='news'><h1>Курятина заражена сальмонеллой</h1><div class='descr'>Государственная ветеринарная служба "
            + "Украины заявила о том, что курятина некоторых производителей заражена сальмонеллой.</div><div class='content'>"
            + "<p>Возбудитель сальмонеллеза был выявлен в образцах продукции двух торговых марок.</p>"
            + "<p>Сальмонеллез – это острая кишечная инфекция. Заражение происходит через мясо, молоко и яйца.</p></div></div>";
        String menu = "<div class='m2'>" + "<div class='i'><a href='/beauty/'>Каталог клиник и центров</a></div>".repeat(30) + "</div>";
        String column = "<div class='sidebar'><p>Новости медицины: врачи советуют делать прививки от гриппа в начале осени, пока не "
            + "началась эпидемия, и не забывать о витаминах.</p><p>В Киеве открылся новый центр детской кардиологии, где будут принимать "
            + "пациентов со всей страны, в том числе бесплатно.</p><p>Минздрав напоминает: антибиотики без назначения врача не помогают "
            + "от простуды, а только вредят, и продаются по рецепту.</p></div>";
        ExtractedArticle article = extract("<html><body>" + menu + story + column + explainer + "</body></html>");
        assertTrue(article.articleBody().contains("Возбудитель сальмонеллеза"), article.articleBody());
        assertFalse(article.articleBody().contains("регистрация"), article.articleBody());
        // news.163.com: a dialog named so, its close button in its title bar, which outvoted a one-paragraph story
        ExtractedArticle named = extract("<html><body><div class='main'><h1>10月中国减持142亿美元美国国债</h1><div id='endText'><p>美国财政部15日"
            + "公布的月度资本流动报告显示，中国10月减持142亿美元美国国债，目前仍是美国国债的全球最大单一持有国。</p></div></div>"
            + "<div class='tie-dialog tie-repostdialog'><div class='tie-dialog-titlebar'><span class='tie-dialog-title'>复制收藏</span>"
            + "<a href='#' class='tie-dialog-close'></a></div><div class='tie-dialog-body'><p>复制成功，按CTRL+V发送给好友、论坛或博客。"
            + "浏览器限制，请复制链接和标题给好友、论坛、博客，或者微博、邮件。</p></div></div></body></html>");
        assertTrue(named.articleBody().startsWith("美国财政部15日"), named.articleBody());
        assertFalse(named.articleBody().contains("复制成功"), named.articleBody());
        // "close" also names a collapsed section's arrow after its heading, and a cross drawn before each of a review's cons
        ExtractedArticle review = extract("<html><body><article><h1>The best mice</h1>" + numbered(3, "<p>Review ", "</p>")
            + "<div class='btn-wrapper'><h3>Why We Picked It</h3><span class='btn-arrow close'></span></div><div class='inside-text close'>"
            + numbered(2, "<p>Picked ", "</p>") + "</div><ul class='cons'><li class='value'><span class='ign-icon icon-close' role='img' "
            + "aria-label='Close'></span><div class='interface'>Expensive for what it does</div></li></ul></article></body></html>");
        assertTrue(review.articleBody().contains("Why We Picked It"), review.articleBody());
        assertTrue(review.articleBody().contains("Expensive for what it does"), review.articleBody());
    }

    @Test
    void theSitesDisclaimerDoesNotVoteForWhatHoldsTheStory() {
        // xinmin.cn: the portal's disclaimer under every story, beside the story's box, its clauses parted by commas, voted
        // for what holds both, and with it came the portal's telephone lines
        ExtractedArticle article = extract("<html><body><div class='subnav'><a href='/'>首页</a> > <a href='/sports/'>体育</a></div>"
            + "<div class='newsContent'><div class='title'><h1>2011体坛风云人物提名奖揭晓</h1></div><div class='contentShow'>"
            + "<div id='article_info'><p>12月15日，提名奖揭晓仪式现场。当日，2011CCTV体坛风云人物年度评选提名奖揭晓仪式在北京举行，"
            + "刘翔、李娜、姚明等人入围。</p><p>新华社记者廖宇杰摄</p></div></div>"
            + "<p>声明：</p><p>凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。"
            + "您若对该稿件内容有任何疑问或质疑，请即与新民网联系，本网将迅速给您回应并做处理。</p>"
            + "<p>电话：021-52921234转641133，传真：021-62677454，处理时间：9:00—18:00</p></div></body></html>");
        assertTrue(article.articleBody().contains("提名奖揭晓仪式现场"), article.articleBody());
        assertFalse(article.articleBody().contains("传真"), article.articleBody());
    }

    @Test
    void aFooterBesideTheMainRegionIsNotTheStoryHoweverMuchItHolds() {
        // psafinancial.com: a guide's short introduction and list in <main>, and after it the page's footer with the
        // offices' addresses and an insurer's disclaimer longer than the guide's text
        String disclaimer = "<p>This material is not intended to replace the advice of a qualified advisor. Information has been"
            + " obtained from sources believed to be reliable. It is for informational purposes only and is not guaranteed.</p>";
        ExtractedArticle article = extract("<html><body><header><a href='/'>PSA</a></header><main><section><h1>Best Practices for"
            + " Vehicle Rentals</h1><p>A good risk management safety program requires proper screening of prospective renters to"
            + " ensure that only qualified drivers operate your vehicles.</p><p><strong>Key topics discussed in the guide include:"
            + "</strong></p><ul><li>General procedures at the rental counter</li><li>Rental practices for international drivers"
            + "</li><li>Reporting losses</li></ul></section></main><footer><p>Snow Hill, MD<br>301 N. Washington St.</p>"
            + disclaimer + disclaimer.replace("This material", "The content") + disclaimer.replace("This material", "Our guide")
            + "</footer></body></html>");
        assertBody(article, List.of("A good risk management", "Reporting losses"), List.of("qualified advisor", "Snow Hill"));
    }

    @Test
    void anAsideIsNotTheStoryEvenWhenItSaysMore() {
        // autoracing.com.br, its class names hashed as CSS modules write them: a season's calendar, and beside it an <aside>
        // of columnists' blurbs with more prose than the story
        String blurb = "<p>Clique na foto do colunista e veja as colunas sobre Formula 1, MotoGP, Stock Car e outras categorias que ele"
            + " escreve, todas as semanas, para o site, com entrevistas, bastidores, análises e opiniões.</p>";
        StringBuilder calendar = new StringBuilder();
        for (int round = 1; round <= 6; round++) {
            calendar.append("<p>").append(round).append("a etapa: ").append(round * 3).append(" de abril no autódromo de Interlagos,"
                + " em São Paulo, com treinos livres na sexta-feira e corrida no domingo.</p>");
        }
        ExtractedArticle article = extract("<html><body><div class='c1a2b3'><div class='c4d5e6'><h2>Calendário da Stock Car 2018</h2>"
            + calendar + "</div><aside class='c7f8a9'>" + blurb + blurb.replace("colunista", "piloto") + blurb.replace("colunista", "editor")
            + blurb.replace("colunista", "fotógrafo") + blurb.replace("colunista", "repórter") + "</aside></div></body></html>");
        assertBody(article, List.of("1a etapa", "6a etapa"), List.of("Clique na foto"));
    }

    @Test
    void anAdvisersSmallPrintDoesNotVoteForWhatHoldsIt() {
        // insight2wealth.com: under the post, in a box of the page builder named nothing a disclaimer is named, the adviser's
        // notices, longer and with more clauses than the post's short paragraphs
        String notice = "<p>The firm and its affiliates, its officers, and its employees do not provide tax, legal, or accounting advice."
            + " This material has been prepared for informational purposes only, and is not intended to provide, and should not be"
            + " relied on for, tax, legal, or accounting advice. You should consult your own tax, legal, and accounting advisors.</p>";
        ExtractedArticle article = extract("<html><body><div><div><h1>Financial Tips for Millennials</h1>"
            + "<p>Millennials face a financial landscape that looks different from that of earlier generations.</p>"
            + "<p>Many entered adulthood during a recession, and saving for a home takes them longer.</p></div>"
            + "<div><div>" + notice + notice.replace("The firm", "The company") + notice.replace("The firm", "The adviser")
            + "</div></div></div></body></html>");
        assertBody(article, List.of("Millennials face a financial landscape"), List.of("accounting advice"));
    }

    @Test
    void sectionsInTheBoxOfTheirJumpLinksAreTheStory() {
        // vivint.com (Drupal): the menu of links to the sections and the sections themselves in one box, named after its
        // type ("paragraph--type--jump-link"), the whole page in Drupal's "dialog-off-canvas-main-canvas"
        StringBuilder menu = new StringBuilder("<ul>");
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            menu.append("<li><a href='#s").append(i).append("'>Section ").append(i).append("</a></li>");
            sections.append("<div class='field__item' id='s").append(i).append("'><div class='paragraph paragraph--type--jump-link-content'>")
                .append("<h2>Section ").append(i).append("</h2>").append(numbered(2, "<p>Part " + i + ".", "</p>")).append("</div></div>");
        }
        String related = "<div class='related'>" + numbered(20, "<p><a href='/other'>Another story</a> ", "</p>") + "</div>";
        ExtractedArticle article = extract("<html><body><div class='dialog-off-canvas-main-canvas'><main><article><h1>Smart thermostats</h1>"
            + "<div class='paragraph paragraph--type--jump-link' id='jump-link-1460876'><div class='jump-link-menu'>" + menu + "</ul></div>"
            + "<div class='jump-link-content'><div class='jump-link-items'>" + sections + "</div></div></div></article></main>" + related
            + "</div></body></html>");
        assertTrue(article.articleBody().contains("Part 0.0."), article.articleBody());
        assertTrue(article.articleBody().contains("Part 3.1."), article.articleBody());
    }

    @Test
    void aBuyingGuidesReviewOfEachProductInItsOwnArticleIsTheStory() {
        // eridehero.com: each scooter's review an <article> inside the guide's, with a link to the shop; teasers are no reviews
        StringBuilder reviews = new StringBuilder();
        for (String scooter : List.of("Navee GT3", "NIU KQi 100F", "Vmax VX5")) {
            reviews.append("<article class='listicle-block'><h2>").append(scooter).append("</h2>")
                .append(numbered(3, "<p>" + scooter + " review ", "</p>"))
                .append("<a class='button' href='https://shop.example/").append(scooter.length()).append("'>Check price</a></article>");
        }
        ExtractedArticle article = extract("<html><body><main><article><h1>The best scooters for commuting</h1><div id='guide-content'>"
            + "<p>I have been commuting on electric scooters since 2019, and tested over seventy models.</p>" + reviews
            + "</div></article></main></body></html>");
        assertTrue(article.articleBody().contains("Navee GT3 review 0."), article.articleBody());
        assertTrue(article.articleBody().contains("Vmax VX5 review 2."), article.articleBody());
    }

    @Test
    void blocksOfTheStoryKnownByTheClassesOfTheWrapperAroundEach() {
        // washingtonpost.com (2014): the story cut into blocks between ads, each a classless <article> alone in its
        // <div class="article_body entry-content">; the longest block outvotes the lead's by far, and only their wrappers'
        // classes say they are of one story
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            blocks.append("<div class='article_body entry-content'><article>").append(numbered(i == 2 ? 8 : 1, "<p>Block " + i + ".", "</p>"))
                .append("</article></div><div class='ad-slot'><div class='inline-ad'>Advertisement</div></div>");
        }
        ExtractedArticle article = extract("<html><body><div id='article'><h1>Justice Department sues Reston contractor</h1>"
            + "<div id='article_body'>" + blocks + "</div></div><div class='sidebar'><div class='mostpop'>"
            + numbered(5, "<p><a href='/other'>Most read story</a> ", "</p>") + "</div></div></body></html>");
        assertTrue(article.articleBody().contains("Block 0.0."), article.articleBody());
        assertTrue(article.articleBody().contains("Block 3.0."), article.articleBody());
        assertFalse(article.articleBody().contains("Most read"), article.articleBody());
    }

    @Test
    void readersCommentsWrittenAsArticlesDoNotKeepTheirSection() {
        // wiadomosci.gazeta.pl: each comment an <article> (as HTML's standard suggests) in <article class="mod mod_comments">;
        // marked as articles, the comments kept their whole section, and a reader's long comment outvoted the story
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            lines.append("Line ").append(i).append(". ").append(PARAGRAPH).append("<br><br>");
        }
        String comment = "<li class='comment'><section><article class='content'><div class='inner'><p>"
            + (PARAGRAPH + " ").repeat(12) + "</p></div></article></section></li>";
        ExtractedArticle article = extract("<html><body><div id='gazeta_article'><h1>Iran warns the United States</h1>"
            + "<div id='artykul'>" + lines + "</div><div id='article_toolbar'><article id='opinions' class='mod mod_comments'>"
            + "<h3>Opinions</h3><ul>" + comment + "</ul></article></div></div></body></html>");
        assertTrue(article.articleBody().startsWith("Line 0."), article.articleBody());
        assertEquals(6, article.paragraphs().size(), article.articleBody());
        // a post's class that says it has comments below ("has-comments", in a theme's camel-cased names) names no comments
        ExtractedArticle post = extract("<html><body><main><article class='BlogItem hentry has-comments'><h1>Five tips</h1>"
            + numbered(4, "<p>Tip ", "</p>") + "</article></main><div class='sidebar'>" + numbered(3, "<p>Elsewhere ", "</p>")
            + "</div></body></html>");
        assertTrue(post.articleBody().contains("Tip 3."), post.articleBody());
        assertFalse(post.articleBody().contains("Elsewhere"), post.articleBody());
        assertFalse(CommentSection.isOne(Jsoup.parse("<article class='BlogItem has-comments'>").selectFirst("article")));
        assertTrue(CommentSection.isOne(Jsoup.parse("<div class='BlogComments'>").selectFirst("div")));
    }

    @Test
    void aStoryWhoseBlocksAreEachAnArticleIsAllOfThem() {
        // slf.ch (TYPO3): each text and the picture gallery of a weekly report is an <article class="contentElement …">
        StringBuilder captions = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            captions.append("<figure><figcaption>Picture ").append(i).append(": steep slopes were skied this week in many places, "
                + "as here above Grindelwald, where the snow held well and the tracks were many (Photo: SLF, 14.01.2022).</figcaption></figure>");
        }
        String block = "<article class='contentElement clearfix cType_textmedia'><div class='ce-bodytext'>";
        ExtractedArticle article = extract("<html><body><main><div class='mainContent'>" + block + "<h2>Weak profiles, a good week</h2>"
            + numbered(1, "<p>Opening ", "</p>") + "</div></article><article class='contentElement clearfix cType_imagetrack'>" + captions
            + "</article>" + block + numbered(2, "<p>Weather ", "</p>") + "</div></article>" + block + numbered(2, "<p>Snowpack ", "</p>")
            + "</div></article></div></main></body></html>");
        assertTrue(article.articleBody().contains("Opening 0."), article.articleBody());
        assertTrue(article.articleBody().contains("Snowpack 1."), article.articleBody());
        // munich2022.com: each block in a section of its own under <main>, its text in the block's <header>
        StringBuilder sections = new StringBuilder();
        for (String sport : List.of("Pole vault ", "Hurdles ", "Long jump ")) {
            sections.append("<section class='PageSection'><div class='inner'><article class='ImageText_Container ImageText_Right'>")
                .append("<header class='ImageText_Description'><h3>Top athletes</h3><div class='Richtext_Block'>")
                .append(numbered(3, "<p>" + sport, "</p>")).append("</div></header></article></div></section>");
        }
        ExtractedArticle blocks = extract("<html><body><main><div><div>" + sections + "</div></div></main></body></html>");
        assertTrue(blocks.articleBody().contains("Pole vault 0.") && blocks.articleBody().contains("Long jump 2."), blocks.articleBody());
        // timeout.com: a list whose entries are each an <article> tile, each naming its text "articleContent", in zones
        StringBuilder zones = new StringBuilder();
        for (String kind : List.of("Design ", "Coding ", "Finance ")) {
            zones.append("<div class='zone'><h2>").append(kind).append("certificate programs</h2><div class='zoneItems'>");
            for (int entry = 0; entry < 3; entry++) {
                zones.append("<article class='tile _article_1doy9_1'><div class='articleContent'><div class='title'><h3>").append(kind)
                    .append("certificate ").append(entry).append("</h3></div><div class='summary'><p>").append(kind).append(entry)
                    .append(entry == 0 && kind.equals("Coding ") ? " " + PARAGRAPH + " " + PARAGRAPH : "").append(". ").append(PARAGRAPH)
                    .append("</p></div><a href='https://school.example/enrol' rel='nofollow'>Book now</a></div></article>");
            }
            zones.append("</div></div>");
        }
        ExtractedArticle list = extract("<html><body><main><section class='main_content'><div id='content' class='contentAnnotation'>"
            + "<p>Whether you are looking to enter a new field or boost your career, a certificate is a great way to learn.</p></div>"
            + zones + "</section></main></body></html>");
        assertBody(list, List.of("Design 0.", "Finance 2."), List.of());
        // searchlight.vc: the story and the teasers under it are articles of one class, but each teaser links its headline
        String teaser = "<article class='article article_1'><div class='feature_image'><img src='hampers.jpg'></div><div class='pre-content'>"
            + "<div class='content'><div class='title'><a href='/front-page/other'>Salvation Army gives out 1,500 Christmas hampers</a></div>"
            + "<div class='author'>Webmaster</div><div class='date'>December 19, 2025</div><div class='body'>THE SALVATION "
            + "ARMY continued its long-standing tradition of community outreach, with the distribution of 1,500 Christmas hampers, food "
            + "and toys, on Tuesday, December 1...</div></div></div></article>";
        ExtractedArticle story = extract("<html><body><main><div class='single'><article class='article article_0'><h1>Enrolment open</h1>"
            + numbered(2, "<p>Enrolment ", "</p>") + "</article></div><div class='template-content'>" + teaser.repeat(6)
            + "</div></main></body></html>");
        assertTrue(story.articleBody().contains("Enrolment 1."), story.articleBody());
        assertFalse(story.articleBody().contains("SALVATION"), story.articleBody());
    }

    @Test
    void aSignUpBoxIsKnownByItsSmallPrintWhateverItsPitch() {
        // mashable.com: two sign-up boxes between the paragraphs, their forms gone, the pitch and the small print left
        ExtractedArticle article = betweenFourParagraphs("<section><div><div>Get editor selected deals texted right to your phone!</div>"
            + "<div>By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the number"
            + " provided. Msg and data rates may apply. Reply STOP to cancel.</div></div></section>"
            + "<section><div><p>Awesome products and offers, hand-picked for you.</p><p>Sign up now for the Example Deals newsletter.</p>"
            + "<p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p>"
            + "<p>" + PARAGRAPH + "</p></div></section>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        // a paragraph of the story about signing up stays
        ExtractedArticle story = betweenFourParagraphs("<p>By signing up for the scheme before March, residents agree to pay the new"
            + " mooring fees in monthly instalments, the council said.</p>");
        assertEquals(5, story.paragraphs().size(), story.articleBody());
    }

    @Test
    void aLineThatOnlyDatesTheArticleIsNotBody() {
        // its metadata, which the publication time carries: "Last updated on …", "Stand: … Uhr", "Posted: …"
        ExtractedArticle article = extract("<html><body><article><p>Last updated on September 16th, 2023 at 09:27 am</p>" + paragraphs(3)
            + "<p>Stand: 07.11.2023, 07:30 Uhr</p><p>Posted: Thursday, April 21, 2022. 10:11 pm CST.</p>"
            + "<p>آخر تحديث: 12 مارس 2024</p><p>Uppdaterad 15.59 | Publicerad 14.14</p>"
            // hindustantimes.com (2008): when it first went online; abc.net.au: the labels of dates a script writes
            + "<p>First Published: 11:47 IST(11/1/2008)</p><p>First posted</p><p>Updated</p>"
            // iatronet.gr; a second label with no bar before it (latimes.com, 2009)
            + "<p>Ημερομηνία δημοσίευσης: 4 Ιανουαρίου 2012</p><p>Last updated: 3:51 pm March 25, 2009 Posted: 3:47 pm March 25, 2009</p>"
            + "</article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        // a line that says more than when stays
        ExtractedArticle more = extract("<html><body><article>" + paragraphs(3)
            + "<p>Updated at 10:30 with the minister's reply.</p></article></body></html>");
        assertEquals(4, more.paragraphs().size(), more.articleBody());
    }

    @Test
    void whatThePageMarksAsNoContentIsNotBody() {
        // WordPress (Jetpack) and nytimes.com mark their widgets "robots-nocontent"; "This slideshow requires JavaScript."
        ExtractedArticle article = betweenFourParagraphs("<p class='jetpack-slideshow-noscript robots-nocontent'>This slideshow requires"
            + " JavaScript.</p><div class='sd-block nocontent'><p>The best bikes of the year, reviewed by our team every month.</p></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void advertisingLabelsAndAffiliateNoticesAreNotBody() {
        // sw1.news, heavenlynnhealthy.de, haustiermagazin.com, outdoor-magazin.com: ads and affiliate links marked in the text
        ExtractedArticle article = extract("<html><body><article><p>Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte."
            + " Mehr dazu kannst Du hier nachlesen.</p>" + paragraphs(2) + "<p>ANZEIGE</p><p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit:</p>"
            + paragraphs(2).replace("<p>", "<p>Later ") + "<p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        // an ad slot's line saying the story goes on after it (Postmedia, AP of 2005, Brazilian, German, Spanish and French sites)
        ExtractedArticle slots = betweenFourParagraphs("<p>Story continues below advertisement</p><p>(Story continues below)</p>"
            + "<p>CONTINUA DEPOIS DA PUBLICIDADE</p><p>Continua após a publicidade</p><p>Der Artikel geht unter der Anzeige weiter</p>"
            + "<p>Continúa después de la publicidad</p><p>La suite après cette publicité</p>"
            + "<p>The story continues below the surface: the quay's piles were never replaced after the floods of 1950.</p>");
        assertEquals(5, slots.paragraphs().size(), slots.articleBody());
        assertTrue(slots.articleBody().contains("The story continues below the surface"), slots.articleBody());
        // an article about advertising uses the words without being an ad
        ExtractedArticle about = extract("<html><body><article>" + paragraphs(3) + "<p>Advertising revenue at the paper fell by a tenth,"
            + " and the publisher now relies on affiliate revenue from shopping guides.</p></article></body></html>");
        assertEquals(4, about.paragraphs().size(), about.articleBody());
    }

    @Test
    void aStoryToldInSlidesAfterItsIntroductionKeepsEverySlide() {
        // Business Insider's slideshows and Diply's list posts: the introduction wins the votes, then each slide is a picture
        // under a heading that is a sentence of the story, with a paragraph or none
        String[] sentences = {"The State Department has issued travel advisories for several countries.",
            "Level 3 suggests that travellers reconsider every trip that is not essential.", "South Korea has also been given a level 3.",
            "Japan, Italy and Iran are all at level 2, while Hong Kong sits at level 1.", "No patient has died in the country yet."};
        StringBuilder slides = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            slides.append("<div class='slide").append(i == 0 ? " first-slide" : "").append("'><div class='slide-title'><h2>").append(sentences[i])
                .append("</h2></div><figure><img src='/p").append(i).append(".jpg'></figure>")
                .append(i % 2 == 0 ? "<p>Slide " + i + " adds a line of its own about the travel advice that the ministry gave.</p>" : "")
                .append("</div>");
        }
        ExtractedArticle article = extract("<html><body><article><h1>Airports around the world are empty</h1><section class='intro'>"
            + paragraphs(3) + "</section><section class='slideshow'><div class='slides'>" + slides + "</div></section></article>"
            + "<aside class='more'><h2>More stories</h2></aside></body></html>");
        assertBody(article, List.of("2. The regional council", sentences[0], sentences[2], sentences[4], "Slide 4 adds a line"), List.of("More stories"));
        assertTrue(article.articleBody().indexOf(sentences[1]) < article.articleBody().indexOf(sentences[3]), article.articleBody());
        // boxes whose headings link other stories are teasers, and headings that name a part are no sentences of the story
        StringBuilder teasers = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            teasers.append("<div class='card'><h3><a href='/story-").append(i).append("'>").append(sentences[i]).append("</a></h3>")
                .append("<p>Teaser ").append(i).append(" sums up another story that the site published on the same day.</p></div>");
            parts.append("<div class='entry'><h3>Origin of the word number ").append(i).append("</h3><p>Entry ").append(i)
                .append(" explains where a word comes from.</p></div>");
        }
        ExtractedArticle teased = extract("<html><body><article><h1>Airports</h1><section class='intro'>" + paragraphs(3)
            + "</section><section class='next'>" + teasers + "</section></article></body></html>");
        assertBody(teased, List.of("2. The regional council"), List.of("Teaser 1", sentences[1]));
        ExtractedArticle named = extract("<html><body><article><h1>Airports</h1><section class='intro'>" + paragraphs(3)
            + "</section><section class='glossary'>" + parts + "</section></article></body></html>");
        assertBody(named, List.of("2. The regional council"), List.of("Entry 1", "Origin of the word number 2"));
    }

    @Test
    void whatAPageShowsInPlaceOfAnEmbedUntilTheReaderConsentsIsNotBody() {
        // tagesspiegel.de, gamestar.de: a podcast or a video waits behind a box that asks for consent to external content
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<div class='embed'><div class='info-box'>"
            + "<p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen"
            + " Inhalt, der den Artikel für Sie mit zusätzlichen Informationen anreichert. Sie können sich hier den externen Inhalt mit einem"
            + " Klick anzeigen lassen oder wieder ausblenden.</p><input type='checkbox' id='t'><label for='t'>Externen Inhalt anzeigen</label>"
            + "<p>Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an"
            + " Drittplattformen übermittelt werden.</p></div></div>" + paragraphs(2).replace("<p>", "<p>Later ")
            + "<div class='consent'><p>Click to accept and allow third-party content to be displayed here.</p></div>"
            + paragraphs(1).replace("<p>", "<p>Last ") + "</article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("einverstanden") || article.articleBody().contains("third-party"), article.articleBody());
        // a paragraph about such boxes words them otherwise, and is longer
        ExtractedArticle about = extract("<html><body><article>" + paragraphs(3) + "<p>Publishers in Germany now hide every embedded"
            + " video behind a box that loads the external content only after a click, and regulators say the boxes comply.</p>"
            + "</article></body></html>");
        assertEquals(4, about.paragraphs().size(), about.articleBody());
    }

    @Test
    void aCookieBannerInTheStorysContainerIsNotBody() {
        // holzwerken.net closes its posts with the banner; other themes put it between paragraphs, in English
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<div class='hinweis'><p>This website uses cookies"
            + " to ensure you get the best experience on our website. By continuing to browse you agree to our use of cookies.</p></div>"
            + paragraphs(2).replace("<p>", "<p>Later ") + "<div class='box'><p>Um unsere Webseite für Sie optimal zu gestalten und"
            + " fortlaufend verbessern zu können, verwenden wir Cookies. Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung"
            + " von Cookies zu.</p></div></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("ookies"), article.articleBody());
        // a privacy policy names the cookies the site sets without asking the reader to agree to them, and stays
        ExtractedArticle policy = extract("<html><body><article>" + paragraphs(3) + "<p>We use cookies set by our analytics provider"
            + " to count visits; they expire after thirteen months.</p><p>Regulators in Europe now ask sites that say we use cookies to"
            + " offer a refusal as easy as the consent.</p></article></body></html>");
        assertEquals(5, policy.paragraphs().size(), policy.articleBody());
    }

    @Test
    void aCookieBannerNamedAfterItsPluginDoesNotTakeAShortPostsPlace() {
        // sprechwaisen.com: a podcast episode's short paragraph, and a banner named pea_cook_wrapper that outweighed it
        ExtractedArticle article = extract("<html><body><div id='content'><div class='post'><h2>SW082</h2><div class='entry-content'>"
            + "<p>Ingo hat ja gesagt, er habe diesen Text nicht geschrieben. Dennoch steht das jetzt da. Als wäre das geplant gewesen."
            + " Aber wozu? Nur damit jetzt Petra einen Text verfasst? Keiner weiß es.</p><p>Gruß Heiko</p><p>Link: <a href='https://"
            + "www.youtube.com/watch?v=1'>Konzerthausorchester Berlin macht Alltagsgeräusche</a></p></div></div><div id='comments'>"
            + "<ol class='commentlist'><li class='comment'><div class='comment-body'><p>Schöne Folge. Hab mich gefreut.</p></div></li>"
            + "<li class='comment'><div class='comment-body'><p>Trotzdem mal wieder eine sehr kurzweilige Folge. Ich hätte gern mehr"
            + " Geschichten aus dem Urlaub gehört.</p></div></li></ol></div></div><div class='pea_cook_wrapper pea_cook_bottomright'>"
            + "<p>Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und"
            + " die Zugriffe auf unsere Website zu analysieren. Außerdem geben wir Informationen zur Nutzung unserer Website an unsere"
            + " Partner für soziale Medien, Werbung und Analysen weiter. <a href='#'>Weitere Informationen</a> <button>Verstanden</button>"
            + "</p></div></body></html>");
        assertTrue(article.articleBody().startsWith("Ingo hat ja gesagt"), article.articleBody());
        assertFalse(article.articleBody().contains("Cookies") || article.articleBody().contains("Schöne Folge"), article.articleBody());
    }

    @Test
    void aBoxOpenedByALabelSendingTheReaderOnToAnotherStorysHeadlineIsATeaser() {
        // rp.pl: "Czytaj więcej" over a picture, the section, the linked headline and its lead, which is not a link
        ExtractedArticle article = betweenFourParagraphs("<div class='articleBodyBlock'><div class='content--excerpt'>"
            + "<div class='subtitle--border'><p class='subtitle'>Czytaj więcej</p></div><div class='article'><a href='/polityka/art1'>"
            + "<img src='/orban.jpg' alt='Viktor Orbán'></a><div class='overline'><a href='/polityka'>Polityka</a></div>"
            + "<a class='title' href='/polityka/art1'>Niemiecki parlament poparł stałe kontrole na granicach</a><p class='lead'>Niemiecki"
            + " parlament przyjął wniosek o zaostrzenie przepisów migracyjnych po ataku, a decyzję pochwalił premier Węgier.</p></div>"
            + "</div></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Czytaj") || article.articleBody().contains("parlament"), article.articleBody());
        // a box of the writer's under such a label links no other story's headline, and stays
        ExtractedArticle own = extract("<html><body><article>" + paragraphs(2) + "<div class='box'><h3>Related research</h3><p>Two"
            + " earlier studies of the same cohort found the effect only in <a href='/glossary/older-patients'>patients over seventy</a>,"
            + " and neither measured it after a year.</p></div><p>" + PARAGRAPH + " " + PARAGRAPH + "</p></article></body></html>");
        assertEquals(5, own.paragraphs().size(), own.articleBody());
        // Squarespace writes a post's text in one block: a "Read more:" line opening it is a paragraph, the rest is the writer's
        ExtractedArticle block = extract("<html><body><article>" + paragraphs(2) + "<div class='sqs-html-content'><p><strong>Read more:"
            + "</strong> <a href='/nara'>A Day in Nara: Visiting Japan's Deer Park</a></p><p>" + PARAGRAPH.replace("regional", "city")
            + "</p></div><p>" + PARAGRAPH + " " + PARAGRAPH + "</p></article></body></html>");
        assertTrue(block.articleBody().contains("The city council"), block.articleBody());
        // rollingstone.com: "More News" over the grid of headlines that closes the page
        ExtractedArticle closing = extract("<html><body><article>" + paragraphs(3) + "<h3>More News</h3><p>Heart-to-Heart</p>"
            + "<p>Here We Go</p><p>Get Well Soon</p><p>Festival Season</p></article></body></html>");
        assertEquals(3, closing.paragraphs().size(), closing.articleBody());
        // waz.de: "Auch interessant" over a teaser card between paragraphs; the card goes as all link, and its label with it
        for (String label : List.of("Auch interessant", "Leggi anche", "Lees ook", "Läs också", "Se også")) {
            ExtractedArticle labelled = betweenFourParagraphs("<h4>" + label + "</h4><div class='not-prose'><picture><img src='/a.jpg'>"
                + "</picture><a href='/politik/a1'>Ricarda Lang möchte Mutter werden</a></div>");
            assertEquals(4, labelled.paragraphs().size(), labelled.articleBody());
        }
    }

    @Test
    void aReferenceListDoesNotOutvoteThePapersAbstract() {
        // acpjournals.org: forty references, every author a comma, outvoted the abstract's short sections
        StringBuilder references = new StringBuilder("<div class='article__references'><h2>References</h2><ul class='rlist'>");
        for (int i = 0; i < 40; i++) {
            references.append("<li class='references__item'>").append(i).append(". Peasah SK, Azziz-Baumgartner E, Breese J, Meltzer MI,"
                + " Widdowson MA. Influenza cost and cost-effectiveness studies globally, a review. Vaccine. 2013;31:5339-48.</li>");
        }
        ExtractedArticle article = extract("<html><body><article><div class='article__body'><div class='hlFld-Abstract'>"
            + "<h2>Background:</h2><p>Observational studies suggest that influenza vaccination reduces hospitalizations among the elderly.</p>"
            + "<h2>Design:</h2><p>A regression discontinuity design was applied to the sharp change in vaccination rate at age 65 years.</p>"
            + "<h2>Results:</h2><p>The vaccine did not reduce hospitalizations or mortality among elderly persons in the study area.</p>"
            + "</div>" + references + "</ul></div></div></article></body></html>");
        assertTrue(article.articleBody().contains("regression discontinuity design"), article.articleBody());
    }

    @Test
    void aShortAppealBetweenTheParagraphsIsNotBody() {
        // nbcnews.com's Select, dailystar.co.uk, nj.com drop a one-line appeal between the story's paragraphs
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2)
            + "<p>Want more from NBC Select? Sign up for our newsletter, The Selection, and shop smarter.</p>" + paragraphs(1)
            + "<p>For the latest breaking news and stories from across the globe from the Daily Star, sign up for our newsletters.</p>"
            + "<p>Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.</p>"
            + "<p>Sign In or Create an Account</p><p>Already have an account? Log in</p>"
            + paragraphs(2).replace("<p>", "<p>Later ") + "</article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("newsletter") || article.articleBody().contains("ccount"), article.articleBody());
    }

    @Test
    void aClosingQuoteWithTheSameVerbsIsText() {
        // a news story often ends with a quote: the verbs alone are no appeal
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<p>“We will support our farmers whatever it costs,” the minister said, and urged growers to sign up for the scheme before"
            + " Friday; the ministry's newsletter had announced it a week earlier.</p>"
            + "<p>The company said it now had 5 million subscribers, half of them abroad.</p></article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        // nor is a short article that ends with one: the container the article was found in is no box
        ExtractedArticle brief = extract("<html><body><div class='story'><p>The harbour office opens on Monday, the council said.</p>"
            + "<p>Timetables will be in our weekly newsletter.</p></div><div class='nav'><a href='/'>Home</a></div></body></html>");
        assertTrue(brief.articleBody().contains("harbour office opens"), brief.articleBody());
    }

    @Test
    void aBoxOfLinesBesideShareButtonsIsNotBody() {
        // aktion-hummelschutz.de: "Möchten Sie den Artikel teilen?" written straight into a div with the networks' share buttons
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<div style='float:right'><strong>Möchten Sie den"
            + " Artikel teilen?</strong><br><a href='https://www.facebook.com/sharer.php?u=https://news.example/a'><div class='fb'></div></a>"
            + "<a href='https://twitter.com/intent/tweet?url=https://news.example/a'><div class='tw'></div></a></div></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aLinkToAProfileInsideTheArticleIsText() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(1) + "<p>The minister wrote on <a href='https://www.facebook.com/minister'>"
            + "her Facebook page</a> that the budget was final.</p>" + numbered(3, "<p>Later ", "</p>") + "</article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void followInvitationsLinkToChannelsNotToPosts() {
        assertTrue(FollowInvitation.pointsToAChannel("https://t.me/guatemalacom"));
        assertTrue(FollowInvitation.pointsToAChannel("https://www.youtube.com/@channel"));
        assertTrue(FollowInvitation.pointsToAChannel("https://www.youtube.com/channel/UC123"));
        assertTrue(FollowInvitation.pointsToAChannel("https://play.google.com/store/apps/details?id=x"));
        assertFalse(FollowInvitation.pointsToAChannel("https://twitter.com/someone/status/123"));
        assertFalse(FollowInvitation.pointsToAChannel("https://www.youtube.com/watch?v=abc"));
        assertFalse(FollowInvitation.pointsToAChannel("https://example.com/"));
        assertFalse(FollowInvitation.pointsToAChannel("not a url at all"));
        assertTrue(FollowInvitation.pointsToAChannel("https://twitter.com/intent/tweet?url=https://news.example/a"), "a share button");
        assertTrue(FollowInvitation.pointsToAChannel("https://t.me/share/url?url=https://news.example/a"), "a share button");
        // techradar.com: "Follow TechRadar on Google News and add us as a preferred source…"
        assertTrue(FollowInvitation.pointsToAChannel("https://news.google.com/publications/CAAqKAgKIiJDQklT?hl=en-GB"));
        assertTrue(FollowInvitation.pointsToAChannel("https://www.google.com/preferences/source?q=techradar.com"));
        assertFalse(FollowInvitation.pointsToAChannel("https://www.google.com/search?q=harbour"), "a search is no channel");
        // kotaku.com: "entries, harvested from Twitter tag #GamerProblems" linked to the tag's search, in a paragraph of the post
        assertFalse(FollowInvitation.pointsToAChannel("https://twitter.com/search?q=%23GamerProblems&src=hash"), "a network's search is no channel");
        assertFalse(FollowInvitation.pointsToAChannel("https://www.youtube.com/results?search_query=port+strike"), "a network's search is no channel");
    }

    @Test
    void aUtilityClassForPrintingNamesNoPrintButton() {
        // rp-online.de (Tailwind): the second paragraph's box is styled for print, "print:article-dropcap-print"
        ExtractedArticle article = betweenFourParagraphs("<div class='my-6 desktop:my-8 print:article-dropcap-print'><p>In between. "
            + PARAGRAPH + "</p></div>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("In between."), article.articleBody());
        // a print button is still one
        assertFalse(betweenFourParagraphs("<div class='print'><a href='#'>Print this article</a></div>").articleBody().contains("Print"));
    }

    @Test
    void aCaptionThatRepeatsItsPicturesDescriptionIsNotBody() {
        // sportschau.de: the picture's alt, and its title with the credit, written again under it in a <p> named nothing a caption is
        String picture = "<div class='absatzbild'><div class='media'><picture><img src='/everton.jpg' alt='Jarrad Branthwaite jubelt nach seinem"
            + " Treffer gegen Liverpool' title='Jarrad Branthwaite jubelt nach seinem Treffer gegen Liverpool | Getty Images'></picture></div>"
            + "<div class='absatzbild__info'><p class='absatzbild__info__text'>Jarrad Branthwaite jubelt nach seinem Treffer gegen Liverpool</p>"
            + "</div></div>";
        ExtractedArticle article = betweenFourParagraphs(picture);
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Branthwaite"), article.articleBody());
        // a paragraph of the text beside a picture described in other words stays
        ExtractedArticle described = betweenFourParagraphs("<div><img src='/a.jpg' alt='The northern quay at dawn, before the works'>"
            + "<p>The quay will be closed for two years.</p></div>");
        assertEquals(5, described.paragraphs().size(), described.articleBody());
        // factuel.afp.com: the caption is the picture's "legend", as French and Drupal's image fields call it
        ExtractedArticle legend = betweenFourParagraphs("<div class='field--name-field-media-image'><img src='/b.jpg'></div>"
            + "<span class='legend'>Hantavirus is no side effect of the vaccines, contrary to claims online (AFP / Ishara S. Kodikara)</span>");
        assertEquals(4, legend.paragraphs().size(), legend.articleBody());
        // mdr.de: the caption a paragraph of its own, known by the credit it ends with
        ExtractedArticle credited = betweenFourParagraphs("<p>Viele Hände arbeiten in einer Schlachthalle daran, die Tiere zu verarbeiten."
            + " Bildrechte: MDR/David Straub</p><p>Bildrechte: imago images/YAY Images</p>");
        assertEquals(4, credited.paragraphs().size(), credited.articleBody());
    }

    @Test
    void boxesNamedInCamelCaseAreFurnitureByTheirWords() {
        // tagesanzeiger.ch (Astro): <section class="NewsletterBox">; React components name related stories "RelatedArticles"
        ExtractedArticle article = betweenFourParagraphs("<section class='NewsletterBox astro-g2qwsodm'><div class='title'>Der Morgen</div>"
            + "<span class='lead'>Der perfekte Start in den Tag mit News und Geschichten aus der Schweiz und der Welt.</span></section>"
            + "<div class='RelatedArticles_list__x1'><p>Another story about the harbour and what the council said of it on Monday.</p></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        // a page builder's "WidgetArea" holds the story itself, and MathJax's "CtxtMenu" a formula: words of machinery, not boxes
        ExtractedArticle builder = extract("<html><body><div class='WidgetArea_WidgetArea__3v9Kg'>" + paragraphs(3)
            + "<p>The area is <span class='MathJax CtxtMenu_Attached_0'>πr²</span> for a circle.</p></div></body></html>");
        assertEquals(4, builder.paragraphs().size(), builder.articleBody());
        assertTrue(builder.articleBody().contains("πr²"), builder.articleBody());
    }

    @Test
    void wordsOnlyScreenReadersHearAreNotText() {
        // srf.ch: an expandable box's button says "Box aufklappen Box zuklappen" to screen readers, out of sight
        ExtractedArticle article = betweenFourParagraphs("<div class='expand-icon'><span class='expand-icon__a11y-open h-offscreen'>"
            + "Box aufklappen</span> <span class='h-offscreen'>Box zuklappen</span></div>"
            + "<div><span class='screen-reader-text'>Continue reading the story below</span></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("aufklappen"), article.articleBody());
    }

    @Test
    void whatAVideoShowsOnlyWhereItCannotPlayIsNotText() {
        // video.js writes its fallback into the <video>: dw.com, metro.co.uk
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<div class='player'><video controls>"
            + "<source src='/v.mp4' type='video/mp4'><p class='vjs-no-js'>To view this video please enable JavaScript, and consider upgrading"
            + " to a web browser that <a href='https://videojs.com/html5-video-support/'>supports HTML5 video</a></p></video></div>"
            + numbered(2, "<p>Later ", "</p>") + "</article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("enable JavaScript"), article.articleBody());
    }

    @Test
    void aPicturesCreditLeftBesideItsCaptionIsNotBody() {
        // golf.de: the caption and its credit in a text div under the picture, not in a figcaption
        ExtractedArticle article = betweenFourParagraphs("<div class='dgv-formatted-text'>Lee Elder was blessed with talent and a colourful"
            + " style. | &copy; Augusta National/Getty Images</div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Getty"), article.articleBody());
    }

    @Test
    void koreanJapaneseAndChineseNoticesAgainstCopyingAreNotBodyButAStoryAboutACopyrightHolderIs() {
        // entermedia.co.kr: the date line and the notice under every story, the sign written as a circled c
        ExtractedArticle article = betweenFourParagraphs("<p>기사입력 :[ 2018-09-28 17:32 ]</p><p>입력 2024.01.15. 오전 10:23 수정 2024.01.15. (월) 오전 11:02</p>"
            + "<p>Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지</p><p>無断転載を禁じます。</p><p>未经授权，禁止转载。</p>"
            + "<p>该书的版权所有者表示，将于下月向法院提起诉讼。</p><p>수정 요청이 있었던 기사는 2024년에 다시 게재되었다.</p>");
        assertEquals(6, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("版权所有者"), article.articleBody());
        assertTrue(article.articleBody().contains("수정 요청이"), article.articleBody());
        assertFalse(article.articleBody().contains("기사입력"), article.articleBody());
        assertFalse(article.articleBody().contains("오전"), article.articleBody());
        assertFalse(article.articleBody().contains("Entermedia"), article.articleBody());
        assertFalse(article.articleBody().contains("無断"), article.articleBody());
        assertFalse(article.articleBody().contains("转载"), article.articleBody());
    }

    @Test
    void howToReachTheWriterByMailIsNotBodyButAHotlinesNumberIs() {
        // mediapost.com, the Wall Street Journal and the Ventura County Star close stories with the writer's address
        ExtractedArticle article = betweenFourParagraphs("<p>Tameka Kee can be reached at tameka@mediapost.com</p>"
            + "<p>Write to Nick Wingfield at nick.wingfield@wsj.com and Bruce Orwall at bruce.orwall@wsj.com</p>"
            + "<p>— Contact Star columnist David Lassen at dlassen@venturacountystar.com.</p>"
            + "<p>The county's crisis hotline can be reached at 1-800-273-8255 at any hour.</p>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("crisis hotline"), article.articleBody());
        assertFalse(article.articleBody().contains("@"), article.articleBody());
    }

    @Test
    void aStandfirstWhoseFirstWordIsALinkIsFoundByTheDescription() {
        // golem.de links the first name of every standfirst to its topic page
        String standfirst = "VW hat den Prototyp eines Quantumscape-Akkupacks für eine Ducati V21L vorgestellt. Unklar ist, ob dafür genug"
            + " Akkus geliefert wurden.";
        ExtractedArticle article = page("<meta name='description' content='" + standfirst + "'>", "<header><h1>Hat Quantumscape genug Akkus"
            + " gebaut?</h1><div class='intro'><a href='/specials/volkswagen/'>VW</a> hat den Prototyp eines Quantumscape-Akkupacks für eine"
            + " Ducati V21L vorgestellt. Unklar ist, ob dafür genug <a href='/specials/akku/'>Akkus</a> geliefert wurden.</div></header>",
            "https://www.golem.de/news/akkutechnik-2509-199920.html");
        assertTrue(article.articleBody().startsWith(standfirst), article.articleBody());
        assertEquals(1, article.articleBody().split("VW hat den Prototyp", -1).length - 1, article.articleBody());
    }

    @Test
    void aWireStorysDatelineOpensItsLeadButADatelineOnALineOfItsOwnIsNotBody() {
        // foxnews.com and latimes.com mark the place that opens the lead as its dateline, inside the lead's paragraph
        ExtractedArticle article = betweenFourParagraphs("<div class='dateline'>Published March 5, 2013</div>"
            + "<p><span class='dateline'>BEIRUT –</span> Airstrikes and artillery fire shook Damascus on Tuesday as government forces"
            + " tried to repel a second rebel attack on the capital in as many days.</p><p><span class='dateline'>Updated 3:15 PM</span></p>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("BEIRUT – Airstrikes"), article.articleBody());
        assertFalse(article.articleBody().contains("Published"), article.articleBody());
        assertFalse(article.articleBody().contains("Updated"), article.articleBody());
    }

    @Test
    void aSharingToolbarsRowLeftAsALineIsNotBodyButOneWordOfItIs() {
        // canada.com, ibnlive.com and the Los Angeles Times of 2005: the toolbar's items left as text when their icons went
        ExtractedArticle article = betweenFourParagraphs("<p>Printer friendly page Send this article to Friends by E-Mail</p>"
            + "<p>Email to a friendPrinter friendly</p><p>Share This Article</p><p>Article licensing and reprint options</p>"
            + "<p>Print | Email</p><h3>Print</h3><p>The print edition will carry the full list on Sunday.</p>");
        assertEquals(6, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("The print edition"), article.articleBody());
        for (String gone : List.of("Printer friendly", "Share This", "licensing", "Email")) {
            assertFalse(article.articleBody().contains(gone), gone + " in " + article.articleBody());
        }
    }

    @Test
    void aPicturesCreditLeftAsALineIsNoTextButAParagraphAboutPhotographsIs() {
        ExtractedArticle article = betweenFourParagraphs("<p>Titelbild: Geyres Christophe/ABACA/picture-alliance</p><p>Photo: Reuters</p>"
            + "<p>صورة: أرشيفية</p><p>Photographs of the northern quay taken before the storm show how far the water rose.</p>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("Photographs of the northern quay"), article.articleBody());
    }

    @Test
    void aShopsBoxInsideTheArticleIsNotBody() {
        // mein-schoener-garten.de: a module of the site's shop between the article's paragraphs
        ExtractedArticle article = betweenFourParagraphs("<div class='paragraph paragraph--type--chameleon-shop'>"
            + "<div class='paragraph-field-subheadline'>Recommendations from our shop</div><p>Garden gloves of soft leather, in three"
            + " colours and four sizes, now at a special price.</p></div>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Garden gloves"), article.articleBody());
    }

    @Test
    void aLeadWrittenStraightIntoADivBesideTheBodyIsPartOfIt() {
        // lopinion.fr: the facts that open the article in a div of their own, then the body's paragraphs in the next
        ExtractedArticle article = extract("<html><body><article><div class='article_body'><div class='article_faits'>Opening: the company was"
            + " ordered on Monday to pay a record sum in damages to two people, who blame their illness on its weedkiller.</div>"
            + "<div class='reserve'>" + paragraphs(4) + "</div></div></article></body></html>");
        assertEquals(5, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().startsWith("Opening: "), article.articleBody());
    }

    @Test
    void aShortQuestionClosingTheTextLabelsWhatWasRemoved() {
        // aerobuzz.de: "Schon gelesen?" over the teasers furniture removal took; a question the article asks stays
        ExtractedArticle labelled = extract("<html><body><article>" + paragraphs(3) + "<p><strong>Schon gelesen?</strong></p></article></body></html>");
        assertEquals(3, labelled.paragraphs().size(), labelled.articleBody());
        ExtractedArticle asking = extract("<html><body><article>" + paragraphs(3) + "<p>Who will pay for the northern quay now?</p></article></body></html>");
        assertEquals(4, asking.paragraphs().size(), asking.articleBody());
    }

    @Test
    void theLabelsOfButtonsAndFormsAfterTheTextGoWithThem() {
        // WordPress's "Leave a Reply" over the comment form, HuffPost's "Also on HuffPost:" over its slideshow, a magazine's
        // "Zum Weiterlesen:" over its list of books, gone
        for (String label : List.of("<h3>Leave a Reply</h3>", "<p>Also on HuffPost:</p>", "<p>Share this article</p>", "<p>Смотрите также:</p>",
            "<p>اقرأ أيضاً</p>", "<p>Zum Weiterlesen:</p>")) {
            ExtractedArticle labelled = extract("<html><body><article>" + paragraphs(3) + label + "</article></body></html>");
            assertEquals(3, labelled.paragraphs().size(), labelled.articleBody());
        }
        // the same words within the text are the writer's
        ExtractedArticle shared = extract("<html><body><article>" + paragraphs(1) + "<p>Share</p>" + paragraphs(2) + "</article></body></html>");
        assertEquals(4, shared.paragraphs().size(), shared.articleBody());
        // a closing line of the writer's that sends the reader on is longer than a label
        ExtractedArticle sending = extract("<html><body><article>" + paragraphs(3) + "<p>Great stuff for customers! Read more here…</p></article></body></html>");
        assertEquals(4, sending.paragraphs().size(), sending.articleBody());
    }

    @Test
    void aClosingRowOfTeasersUnderAHeadingSendingTheReaderOnGoes() {
        // coe.gatech.edu: a page builder's "Related Stories" row of cards, in the same layout as the story, named nothing
        String card = "<div class='layout__region'><div class='block--coecard'><h4>Environmental Engineering Earns No. %1$d Ranking</h4>"
            + "<p>Environmental engineering takes the top spot for the first time.</p>"
            + "<a href='/news/%1$d'>Read more about Environmental Engineering Earns No. %1$d Ranking</a></div></div>";
        String related = "<div class='layout'><h2>Related Stories</h2></div><div class='layout'>" + card.formatted(1) + card.formatted(2)
            + card.formatted(3) + "</div>";
        ExtractedArticle teasers = extract("<html><body><article>" + paragraphs(3) + related + "</article></body></html>");
        assertEquals(3, teasers.paragraphs().size(), teasers.articleBody());
        // a section the writer gives related work, in paragraphs of text, stays; so does what follows one teaser's line
        ExtractedArticle written = extract("<html><body><article>" + paragraphs(3) + "<h2>Related research</h2>" + paragraphs(1)
            + "</article></body></html>");
        assertTrue(written.articleBody().contains("Related research"), written.articleBody());
        ExtractedArticle oneTeaser = extract("<html><body><article>" + paragraphs(3) + "<h3>Also read: What is app testing?</h3>"
            + "<h2>Conclusion</h2><p>We hope this post helps startups that want to build an app.</p><p>Feel free to write to us.</p>"
            + "</article></body></html>");
        assertTrue(oneTeaser.articleBody().contains("We hope this post helps"), oneTeaser.articleBody());
    }

    @Test
    void aClosingLineLabellingLinksToTheSitesStoriesGoesWithThem() {
        // newsru.com: "Ссылки по теме:" in a paragraph, then the headlines of older stories, each a line of its own
        String links = "<p><b>Ссылки&nbsp;по&nbsp;теме:</b><hr><span><b><a href='/russia/twins.html'>Мать продала двойню новорожденных в Грозном"
            + "</a></b><br>// <a href='/'>NEWSru.com</a></span><br><span><b><a href='/crime/kids.html'>Китайские чиновники похищают детей для"
            + " продажи</a></b><br>// <a href='/'>NEWSru.com</a></span></p>";
        ExtractedArticle russian = extract("<html><body><div class='story'>" + paragraphs(3) + links + "</div></body></html>");
        assertEquals(3, russian.paragraphs().size(), russian.articleBody());
        // the same in Portuguese and Chinese
        for (String label : List.of("Veja também:", "Notícias relacionadas:", "Leia mais:", "Saiba mais", "Lea también:", "相关新闻：")) {
            ExtractedArticle other = extract("<html><body><div class='story'>" + paragraphs(3) + "<p>" + label + "</p><p><a href='/a'>"
                + "Another story of the week on the harbour</a></p><p><a href='/b'>And one more story about the harbour</a></p></div></body></html>");
            assertEquals(3, other.paragraphs().size(), label + ": " + other.articleBody());
        }
        // a sentence of the writer's that ends in a colon, and what it introduces, stay (timesofindia.com)
        ExtractedArticle written = extract("<html><body><div class='story'>" + paragraphs(3) + "<p>The report also sheds light on related"
            + " crimes:</p><p>Foeticide cases in the state: 20</p><p>Infanticide cases in the state: 12</p></div></body></html>");
        assertEquals(6, written.paragraphs().size(), written.articleBody());
    }

    @Test
    void theStoryGoesOnAfterTheLabelOfABoxOfTeasersRemoved() {
        // standard.co.uk: "Read More" over cards named "related" in the middle of the story; its last short paragraphs follow
        String box = "<div class='sc-keYZnm'><h3>Read More</h3><div class='cards'><div class='related'><a href='/sport/1'>"
            + "<p class='related-text'>Chelsea prove too good as Spurs fall</p></a></div></div></div>";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + box
            + "<div><p>Now Chelsea know exactly what they need to do.</p></div><div><p>Newcastle are two points above them.</p></div>"
            + "<div><p>The challenge feels achievable.</p></div></article></body></html>");
        assertTrue(article.articleBody().endsWith("The challenge feels achievable."), article.articleBody());
        assertFalse(article.articleBody().contains("Read More"), article.articleBody());
    }

    @Test
    void aCommentSectionNamedInTheSitesLanguageIsNotBody() {
        // petri-heil.ch: <section class="kommentare">; French and Spanish themes say "commentaires", "comentarios"
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<section class='kommentare'>"
            + "<h2>0 Kommentare</h2><p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe), schreiben Sie den ersten!</p>"
            + "</section></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void anAccordionMarkedAsATablistKeepsTheArticleItHolds() {
        // arbeitsagentur.de: a Bootstrap accordion with role="tablist" holds every section; a real tab list is short
        ExtractedArticle article = extract("<html><body><main><article><div class='panel-group' role='tablist'><div class='panel'>"
            + "<h2>January</h2><div class='panel-body'>" + paragraphs(2) + "</div></div><div class='panel'><h2>February</h2>"
            + "<div class='panel-body'><p>Third " + PARAGRAPH + "</p></div></div></div><ul role='tablist'><li><a href='#a'>Overview</a></li>"
            + "<li><a href='#b'>Statistics for the whole of the year, by region and by month</a></li></ul></article></main></body></html>");
        assertEquals(3, article.paragraphs().stream().filter(p -> p.contains(PARAGRAPH)).count(), article.articleBody());
        assertFalse(article.articleBody().contains("Statistics for the whole"), article.articleBody());

        // other landmarks stay furniture however much they hold: archiveofourown.org's complementary region lists
        // thousands of readers' names, more text than the story
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            names.append("<a href='/users/r").append(i).append("'>r").append(i).append("</a>, ");
        }
        ExtractedArticle story = extract("<html><body><div id='chapters' role='article'>" + paragraphs(4) + "</div>"
            + "<div id='feedback' role='complementary'><p class='kudos'>" + names + " left kudos on this work!</p></div></body></html>");
        assertEquals(4, story.paragraphs().size(), story.articleBody());
        assertFalse(story.articleBody().contains("r1999"), story.articleBody());

        // and without a landmark, the list of links does not outvote the story: a paragraph votes as much as its own words
        ExtractedArticle unmarked = extract("<html><body><div class='chapter'>" + paragraphs(4) + "</div>"
            + "<div class='kudos-box'><p class='kudos'>" + names + " left kudos on this work!</p></div></body></html>");
        assertEquals(4, unmarked.paragraphs().size(), unmarked.articleBody());
    }

    @Test
    void aPageWrappedInOneFormStillGivesItsArticle() {
        // ASP.NET WebForms pages (aryanews.com) hold everything in <form id="aspnetForm">; forms used to be removed whole
        ExtractedArticle article = extract("<html lang='fa' dir='rtl'><body><form id='aspnetForm' method='post'>"
            + "<nav><a href='/'>خانه</a></nav><div class='main-news'>" + numbered(3, "", "<br/>") + "</div>"
            + "<div class='comment-write'>نام: <input name='name'></div></form></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertEquals(Extraction.MARKUP, article.extraction().strategy());

        // the server form holds the story, and side columns of teasers longer than it sit outside (a 2008 trade site)
        ExtractedArticle besideTeasers = extract("<html><body><table><tr><td><form name='aspnetForm' id='aspnetForm' method='post'>"
            + "<div class='text'>" + paragraphs(3) + "</div></form></td><td><ul>"
            + numbered(5, "<li><a href='/story'>Renegade airwaves in the enterprise: ", "</a></li>") + "</ul></td></tr></table></body></html>");
        assertEquals(3, besideTeasers.paragraphs().size(), besideTeasers.articleBody());
        assertFalse(besideTeasers.articleBody().contains("Renegade"), besideTeasers.articleBody());

        ExtractedArticle withSearchBox = extract("<html><body><form action='/search'><p>Search the archive of this newspaper by keyword</p>"
            + "<input name='q'></form><article>" + paragraphs(3) + "</article></body></html>");
        assertFalse(withSearchBox.articleBody().contains("Search the archive"), withSearchBox.articleBody());
    }

    @Test
    void aTieBetweenTheTextAndWhatHoldsItGoesToTheHolderWithItsStandfirst() {
        // the text's div and its parent get the same votes; which won used to follow an identity map's order, so
        // the standfirst beside the text came and went from one run (or build) to the next
        ExtractedArticle article = extract("<html><body><div class='detail'><h2>Two races lost at home, then the last one won by the"
            + " local favourite</h2><div class='introduction'>" + numbered(3, "", "<br><br>") + "</div></div></body></html>");
        assertTrue(article.articleBody().startsWith("Two races lost at home"), article.articleBody());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aTagListLeftAsPlainTextIsNotBody() {
        ExtractedArticle article = extract("<html><head><meta name='keywords' content='harbour budget, northern quay, regional council, port'>"
            + "</head><body><article>" + paragraphs(3) + "<p>harbour budget, northern quay, Regional Council, port</p>"
            + "<p>Ports, quays, budgets, councils and votes: the week in regional politics, with more to come soon.</p></article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("harbour budget, northern quay"), article.articleBody());
    }

    @Test
    void aListOfLinksTheArticleAnnouncesIsPartOfIt() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<p>The council listed the projects the new budget pays for this year:</p><ul>"
            + "<li><a href='/quay'>The northern quay</a></li><li><a href='/ferry'>A second ferry berth</a></li>"
            + "<li><a href='/lights'>New harbour lights</a></li></ul>" + paragraphs(1)
            + "<p>You may also be interested in the following stories:</p><ul>"
            + "<li><a href='/a'>Fishermen protest the new fees</a></li><li><a href='/b'>Harbour master retires</a></li></ul>"
            + "<p>Read more:</p><ul><li><a href='/c'>Port traffic doubles in a decade</a></li></ul></article></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("The northern quay") && body.contains("A second ferry berth") && body.contains("New harbour lights"), body);
        assertFalse(body.contains("Fishermen protest"), body);
        assertFalse(body.contains("Port traffic doubles"), body);
    }

    @Test
    void aListNamingThingsOnOtherSitesIsPartOfTheArticleButShareButtonsMoreStoriesAndSourcesAreNot() {
        // a buyer's guide names each product with a link to its shop; the site's own headlines and the networks are no such list
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<h4>Our picks:</h4><ul>"
            + "<li><h2><a href='https://www.shop.example/dp/B000O3LUEI?tag=guide-20'>Fluke 117</a></h2></li>"
            + "<li><h2><a href='https://tools.example/mm400'>Klein Tools MM400</a></h2></li></ul>" + paragraphs(1)
            + "<ul><li><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Facebook</a></li>"
            + "<li><a href='https://twitter.com/intent/tweet?url=x'>Twitter</a></li></ul>"
            + "<ul><li><a href='https://news.example/2025/01/01/fees'>Fishermen protest the new fees</a></li>"
            + "<li><a href='https://www.news.example/2025/01/01/master'>Harbour master retires</a></li></ul>"
            + "<h3>References</h3><ul><li><a href='https://zerowaste.example/'>Going Zero Waste</a></li>"
            + "<li><a href='https://plasticfree.example/'>Plastic Free July</a></li></ul></article></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("Fluke 117") && body.contains("Klein Tools MM400"), body);
        assertFalse(body.contains("Going Zero Waste"), body); // sources are the text's apparatus, as a paper's references are
        assertFalse(body.contains("Facebook") || body.contains("Twitter"), body);
        assertFalse(body.contains("Fishermen protest") || body.contains("Harbour master retires"), body);
    }

    @Test
    void aLinkedPointAmongPointsOfProseIsPartOfTheList() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<h3>Highlights</h3><ul>"
            + "<li><a href='/review'>Our year in review</a></li>"
            + "<li>The northern quay reopened in March, two months ahead of plan, and the ferries moved back in a week.</li>"
            + "<li>Thanks to the harbour master, <a href='/fees'>mooring fees can now be paid online</a></li></ul>"
            + "<ul class='more'><li><a href='/a'>Fishermen protest the new fees</a></li><li><a href='/b'>Harbour master retires</a></li></ul>"
            + "</article></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("Our year in review") && body.contains("mooring fees can now be paid online"), body);
        assertFalse(body.contains("Fishermen protest"), body);
    }

    @Test
    void theTextsNextBlockIsFoundBesideTheWrappersOfTheFirst() {
        // a page builder wraps each block of the text (div > div > p): the second block is the first one's cousin
        ExtractedArticle article = extract("<html><body><article><h1>Budget</h1><div class='body'><div><div>" + paragraphs(4)
            + "</div></div><div><div><p>Residents may comment on the plans until the end of March, at the town hall or on the"
            + " council's website, and the answers will be published with the final budget.</p>"
            + "<p>Further information may be obtained by calling the port office, weekdays from nine to five.</p></div></div>"
            + "</div></article><aside><div><div>" + numbered(1, "<p><a href='/other'>", "</a></p>") + "</div></div></aside></body></html>");
        assertTrue(article.articleBody().contains("Residents may comment") && article.articleBody().contains("Further information"),
            article.articleBody());
        assertEquals(6, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void textPastedFromGoogleDocsKeepsTheMarkerThePasteLeftOnIt() {
        // Google Docs marks pasted text <b id="internal-source-marker_0.30806…">: "source" there names no source line
        ExtractedArticle article = extract("<html><body><div class='post'><h3 class='post-title'>Google Earth 7</h3>"
            + "<div class='post-body'>" + numbered(4, "<p><b id='internal-source-marker_0.30806'><span>", "</span></b></p>")
            + "<p class='source'>Source: the Google Earth team</p></div></div></body></html>");
        String body = article.articleBody();
        assertEquals(4, article.paragraphs().size(), body);
        assertFalse(body.contains("Source:"), body);
    }

    @Test
    void aBylineLeftUnclosedAroundTheTextIsNoByline() {
        // <div id="content_byline"> is never closed, so the text that follows sits inside it; a real byline stays furniture
        ExtractedArticle article = extract("<html><body><div id='content'><h1>Star dies</h1><div class='byline'>By Ann Smith, staff writer</div>"
            + "<div id='content_byline'><div id='content_text'>" + paragraphs(6) + "</div></div>"
            + "<div class='sidebar'>" + numbered(2, "<p>Also on the site: ", "</p>") + "</div></div></body></html>");
        String body = article.articleBody();
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), body); // found by the first pass, not the lenient one
        assertEquals(6, article.paragraphs().size(), body);
        assertFalse(body.contains("Ann Smith") || body.contains("Also on the site"), body);
    }

    @Test
    void anAdSlotLeftUnclosedAroundTheRestOfTheStoryKeepsIt() {
        // wral.com opens <div class=ad-container> around a link card and never closes it: the story's second half sits in
        // the slot; an ad slot that holds an ad stays furniture
        ExtractedArticle article = extract("<html><body><article><h1>Volunteer in the Triangle</h1>" + paragraphs(3)
            + "<div class='ad-container'><div class='link-card'><a href='/other'>List: day of service projects</a></div></div>"
            + "<div class='ad-container'><div class='link-card'><a href='/more'>More events this weekend</a></div>"
            + numbered(5, "<p>Later ", "</p>") + "</article></body></html>");
        String body = article.articleBody();
        assertEquals(8, article.paragraphs().size(), body);
        assertFalse(body.contains("day of service projects"), body);
    }

    @Test
    void adSlotsLeftUnclosedOneInsideTheOtherKeepTheStorysHeadingsAndListsBetweenThem() {
        // each slot wral.com leaves open nests the next: the innermost holds the story's end, the rest sits between the slots
        String card = "<div class='link-card'><a href='/other'>List: events</a></div>";
        ExtractedArticle article = extract("<html><body><article><h1>Volunteer in the Triangle</h1><div class='body'>" + paragraphs(2)
            + "<h2>How do I find a good volunteer opportunity?</h2><p>Some non-profits match volunteers. They take into account:</p>"
            + "<ul><li>Your personal skills and interests</li><li>Whether you want to serve alone or in a group</li></ul>"
            + "<div class='ad-container'>" + card + numbered(1, "<p>Then ", "</p>") + "<h2>Where are volunteers most needed?</h2>"
            + "<div class='ad-container'><div class='mobile-in-content'>" + card + numbered(6, "<p>Later ", "</p>")
            + "</div></div></div></div></article></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("Your personal skills and interests") && body.contains("How do I find a good volunteer opportunity?")
            && body.contains("Where are volunteers most needed?"), body);
        assertEquals(9, article.paragraphs().stream().filter(paragraph -> paragraph.contains("harbour budget")).count(), body);
        assertFalse(body.contains("List: events"), body);
    }

    @Test
    void aStoryInsideAnElementNamedAfterTagsIsNoTagList() {
        // in.gr marks the whole story <div id="intext_content_tag"> for a script that links its words; a tag list is links
        ExtractedArticle article = extract("<html><body><div id='main'><h1>No deaths from malaria</h1>"
            + "<div id='intext_content_tag'><div>" + paragraphs(8) + "</div></div>"
            + "<div class='tags'><a href='/t/1'>malaria</a>, <a href='/t/2'>health</a>, <a href='/t/3'>Laconia</a></div></div>"
            + "<div id='footer'><p>The whole content of the site is offered to visitors strictly for personal use, and no reuse is allowed.</p></div>"
            + "</body></html>");
        String body = article.articleBody();
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), body);
        assertEquals(8, article.paragraphs().size(), body);
        assertFalse(body.contains("Laconia") || body.contains("personal use"), body);
    }

    @Test
    void aStoryBoxMarkedForPrintingIsNoPrintButton() {
        // interia.pl's <div class="box articleSingle print">, a recipe's "print-this-content": what the page prints, not a button
        ExtractedArticle article = extract("<html><body><div class='box articleSingle print'><h1>Resolutions</h1>"
            + "<div class='toolbar-print'><a href='#' class='print'>Print this article</a></div>" + paragraphs(6) + "</div>"
            + "<div class='sidebar'>" + numbered(2, "<p>Also on the site: ", "</p>") + "</div></body></html>");
        String body = article.articleBody();
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), body);
        assertEquals(6, article.paragraphs().size(), body);
        assertFalse(body.contains("Print this") || body.contains("Also on the site"), body);
        // rmf24.pl, 2012: a story of 700 characters, shorter than any line that box holds when the page leaves it open, in
        // a list beside the leads of four other stories
        ExtractedArticle shortStory = extract("<html><body><div class='main'><ul><li><div class='box articleSingle print'>"
            + "<div class='boxHeader'><h1>Olsztyn free of rabies after three months</h1></div><div class='boxBody'>"
            + "<div class='lead'><p><strong>After three months Olsztyn is no longer an area at risk of rabies, found in bats in"
            + " September in the Zatorze district.</strong></p></div><div class='text'><p>For three months dogs had to be kept on"
            + " a leash and cats indoors, stray animals were caught, and the city vaccinated pets for free.</p><p>Sanitary"
            + " workers also vaccinated several people, among them three children, who had touched the sick bats.</p><p>According"
            + " to the sanitary services, the bats were of one species, and they probably came from the same nest.</p></div>"
            + "</div></div></li></ul></div><div class='column'>" + numbered(4, "<div class='box'><div class='lead'>Elsewhere today, ",
                "</div></div>") + "</div></body></html>");
        assertBody(shortStory, List.of("Sanitary workers"), List.of("Elsewhere today"));
    }

    @Test
    void theOnlyArticleElementHoldsTheStoryThatReadersCommentsOutvote() {
        // wp.pl, 2012: the story written straight into <article> with <br>s, a longer column of readers' opinions beside it
        String story = numbered(4, "", "<br><br>");
        ExtractedArticle article = extract("<html><body><section id='main'><article><h1>No conflict wanted</h1>" + story + "</article>"
            + "<div id='stgOpinie'><div class='opOpinie'>" + numbered(8, "<div class='opOpinia'><div class='opTresc'><p>What a lie, ", "</p></div></div>")
            + "</div></div></section></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("0. The regional") && body.contains("3. The regional"), body);
        assertFalse(body.contains("What a lie"), body);
        // a Webflow page's one <article> is its FAQ, beside a story in <main>: the votes' choice stands
        ExtractedArticle faq = extract("<html><body><main><div class='blog-hero_content'>" + paragraphs(6) + "</div></main>"
            + "<article class='landing-faq_component'>" + numbered(3, "<div><p>How much does it cost? ", "</p></div>") + "</article></body></html>");
        assertEquals(6, faq.paragraphs().size(), faq.articleBody());
    }

    @Test
    void aSideColumnsTableOfResultsIsNoStoryForTheLenientPass() {
        // vesti.kz: the side column, with the league's tables, holds most of the page's text; the first pass's story stands
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            rows.append("<tr><td>Almatinochka-Almaty team ").append(i).append("</td><td>CSKA-VKS-KazAST Astana</td><td>3:").append(i % 3).append("</td></tr>");
        }
        ExtractedArticle article = extract("<html><body><div class='central-content'><h1>Memory loss starts at 45</h1><div class='subblock'>"
            + "<div class='text-content'><div id='resize_font'>" + paragraphs(4) + "</div></div></div></div><div class='sidebar-block right'>" + numbered(5, "<div class='text'><p>Follow the league with us: ", "</p></div>")
            + "<div id='resultTablo'><div class='tableResult-wrapper'><table>"
            + rows + "</table></div></div></div></body></html>");
        String body = article.articleBody();
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), body);
        assertEquals(4, article.paragraphs().size(), body);
    }

    @Test
    void aCopyrightNoticeWithTheCompanysAddressDoesNotOutvoteAShortStory() {
        // express.gr: a Joomla table cell holds the story; the footer's notice puts a comma between each part of an address
        String address = "<tr><td>EXPRESS - D. KALOFOLIAS PUBLISHING S.A., Pigasou 14, 151 25, Marousi, Attica, Tel.: 213 0161700, Fax: 210 6899, Copyright ©2011</td></tr>";
        ExtractedArticle article = extract("<html><body><table><tr><td class='contentheading'>24 healthy foods</td></tr>"
            + "<tr><td id='resize'>The foods below can protect from serious diseases such as diabetes, cancer and heart trouble, and help the immune system."
            + "<p>If you did not like these healthy foods until now, it is time to fill your shopping basket with them.</p>"
            + "<p>1. Lean beef<br>2. Eggs<br>3. Yoghurt<br>4. Skimmed milk<br>5. Salmon<br>6. Beans</p></td></tr></table>"
            + "<table>" + address + "</table></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("serious diseases") && body.contains("Salmon"), body);
        assertFalse(body.contains("Marousi"), body);
    }

    @Test
    void readersCommentsNamedInPolishRussianOrItalianAreComments() {
        // dziennikzachodni.pl and other Polish sites: <div id="art-komentarze">, each <div class="koment">
        ExtractedArticle article = extract("<html><body><div id='material'><div id='tresc'>" + paragraphs(2) + "</div></div>"
            + "<div id='art-komentarze'>" + numbered(6, "<div class='koment'><p class='data'>guest, 01.01.12</p><div class='tresc'>Long live, ", "</div></div>")
            + "</div></body></html>");
        String body = article.articleBody();
        assertEquals(2, article.paragraphs().size(), body);
        assertFalse(body.contains("Long live"), body);
        // bankfax.ru writes each comment in a <td class="coment">, Italian sites in <div id="commenti">
        for (String comments : List.of("<table><tr><td class='coment'>%s</td></tr></table>", "<div id='commenti'>%s</div>")) {
            ExtractedArticle other = extract("<html><body><div id='material'><div id='tresc'>" + paragraphs(2) + "</div></div>"
                + comments.formatted(numbered(6, "<p>Long live, ", "</p>")) + "</body></html>");
            assertEquals(2, other.paragraphs().size(), other.articleBody());
        }
    }

    @Test
    void theArticleAReactPageStreamsAfterItsShellIsMovedWhereItsScriptPutsIt() {
        // Next.js pages (WCXB 4053, 4503 and others): the shell holds a loading skeleton, the article arrives hidden at the
        // end of the body and a script moves it into its Suspense boundary, in place of the skeleton
        String shell = "<html><body><header><a href='/'>Home</a></header><main><h1>Budget</h1>%s</main><footer>Contact us</footer>"
            + "<div hidden id='S:0'>" + paragraphs(4) + "</div>%s</body></html>";
        String skeleton = "<p>Loading the story: the latest version of this article is on its way from the newsroom to your screen.</p>";
        ExtractedArticle scripted = extract(shell.formatted("<!--$?--><template id='B:1'></template>" + skeleton + "<!--/$-->",
            "<script>$RC(\"B:1\",\"S:0\")</script>"));
        assertEquals(4, scripted.paragraphs().size(), scripted.articleBody());
        assertFalse(scripted.articleBody().contains("Loading"), scripted.articleBody());
        // saved pages often lack the script, and the comments: the segment goes to the boundary of its own number
        ExtractedArticle saved = extract(shell.formatted("<template id='B:0'></template><div class='animate-pulse'></div>", ""));
        assertEquals(4, saved.paragraphs().size(), saved.articleBody());
        // a segment streamed into a placeholder of another segment, in the order React sends them
        ExtractedArticle nested = extract("<html><body><main><template id='B:0'></template></main>"
            + "<div hidden id='S:1'><p>" + PARAGRAPH + "</p></div>"
            + "<div hidden id='S:0'><article>" + paragraphs(2) + "<template id='P:1'></template></article></div></body></html>");
        assertEquals(3, nested.paragraphs().size(), nested.articleBody());
        assertTrue(nested.paragraphs().getLast().startsWith("The regional council"), nested.articleBody());
        // two segments sent to one boundary (one by the script, one by its number): the second stays where it arrived
        ExtractedArticle twice = extract("<html><body><main><template id='B:0'></template></main>"
            + "<div hidden id='S:0'>" + paragraphs(2) + "</div><div hidden id='S:1'>" + numbered(2, "<p>Later: ", "</p>") + "</div>"
            + "<script>$RC(\"B:0\",\"S:1\")</script></body></html>");
        assertTrue(twice.articleBody().contains("Later: 1."), twice.articleBody());
    }

    @Test
    void anArticleInSectionsNamedAfterTheMenuThatPointsToThemIsKept() {
        // citadelbanking.com: each section of the story is a <div class="content-nav-section">, the target of an in-page
        // menu; "nav" named each a menu, and none alone holds half the text
        String section = "<div class='content-nav-section'><div class='rtf'>%s</div></div>";
        ExtractedArticle article = extract("<html><body><main><div class='body-content'><h1>Money</h1>"
            + section.formatted(numbered(3, "<p>First part. ", "</p>")) + "<h2>How to save</h2>"
            + section.formatted(numbered(3, "<p>Second part. ", "</p>"))
            + "<div class='related-links content-nav-section'><ul>" + numbered(2, "<li><a href='/x'>Related: ", "</a></li>") + "</ul></div>"
            + "</div></main></body></html>");
        String body = article.articleBody();
        assertEquals(6, article.paragraphs().size(), body);
        assertTrue(body.startsWith("First part.") && body.contains("Second part."), body);
        assertFalse(body.contains("Related:"), body);
    }

    @Test
    void whereNoParagraphVotesALineLeftIsNoBodyAndTheLastResortLooksFurther() {
        // ABC News's galleries: the only text is a picture's caption, which the first pass removes with the captions;
        // a standfirst line is all it leaves, and the last resort finds the caption
        ExtractedArticle article = extract("<html><body><div class='menu'><a href='/'>Home</a> <a href='/us'>U.S.</a></div>"
            + "<h1>Monokini madness</h1><h2>Stars from Miami to Malibu wear the monokini this summer</h2>"
            + "<div class='preview'><div class='caption'>" + PARAGRAPH + " (Splash News)</div></div>"
            + "<ul class='menu'>" + numbered(6, "<li><a href='/more'>More galleries: ", "</a></li>") + "</ul></body></html>");
        assertEquals(Extraction.UNFILTERED, article.extraction().strategy(), article.articleBody());
        assertTrue(article.articleBody().contains("northern quay"), article.articleBody());
    }

    @Test
    void bloggersColumnOfPostsIsNoSideWidget() {
        // Blogger names every part of a page a widget, the posts too, and groups them by day in date-outer/date-posts boxes
        ExtractedArticle article = extract("<html><body><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
            + "<div class='blog-posts hfeed'><div class='date-outer'><h2 class='date-header'><span>Tuesday, October 23, 2012</span></h2>"
            + "<div class='date-posts'><div class='post-outer'><div class='post hentry'><h3 class='post-title'>In Shanghai this week</h3>"
            + "<div class='post-body entry-content'>" + paragraphs(3) + "</div></div></div></div></div></div></div></div>"
            + "<div class='sidebar section' id='sidebar'><div class='widget HTML' id='HTML2'>" + numbered(1, "<p>About me: ", "</p>")
            + "</div></div></body></html>");
        String body = article.articleBody();
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), body);
        assertEquals(3, article.paragraphs().size(), body);
        assertFalse(body.contains("About me"), body);
    }

    @Test
    void typePadsPostNamedAfterItsAuthorIsNoAuthorBox() {
        // TypePad names each post after its author and type ("entry-author-jeff entry-type-post entry"), not an author box;
        // its byline line, named "entry-author-name" with no post type beside it, still goes
        ExtractedArticle article = extract("<html><body><div id='alpha'><div class='entry-author-aws_evangelist entry-type-post entry'>"
            + "<h3 class='entry-header'>In Shanghai this week</h3><div class='entry-content'><div class='entry-body'>" + paragraphs(3)
            + "</div></div><p class='entry-author-name'>Posted by Jeff Barr, our chief evangelist for the cloud platform</p></div></div>"
            + "<div id='gamma'>" + numbered(2, "<div class='module'><p>Featured events: a session on running games in the cloud, with "
                + "speakers from studios and a panel of customers, ", "</p></div>") + "</div></body></html>");
        String body = article.articleBody();
        assertEquals(3, article.paragraphs().size(), body);
        assertFalse(body.contains("Featured events") || body.contains("Posted by"), body);
    }

    @Test
    void aPostThatListsLinksIsNotOutvotedByTheSideColumn() {
        // a weekly round-up: each item is a link, so no paragraph of the post votes, and the side column's prose would win
        ExtractedArticle article = extract("<html><body><div id='alpha'><div class='entry'><h3>The week in review</h3>"
            + "<div class='entry-content'><p>Let's take a quick look at what happened last week:</p><ul>"
            + java.util.stream.IntStream.range(0, 8).mapToObj(day -> "<li>On day " + day + " <a href='/news/" + day
                + "'>we released a new version of the storage gateway</a>.</li>").collect(java.util.stream.Collectors.joining())
            + "</ul><p>Stay tuned for next week! In the meantime, <a href='/feed'>subscribe to the feed</a>.</p></div></div></div>"
            + "<div id='gamma'>" + numbered(2, "<div class='module'><p>Featured events: a session on running games in the cloud, with "
                + "speakers from studios and a panel of customers, moderated by our evangelist, ", "</p></div>") + "</div></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("storage gateway") && body.contains("Stay tuned"), body);
        assertFalse(body.contains("Featured events"), body);
    }

    @Test
    void aPostThatIsOneParagraphOfLinksVotesByTheWordsBetweenThem() {
        // balkin.blogspot.com, 2007: an index of the blog's posts, each a link followed by its source and date, all in one
        // paragraph mostly of links, in a box named for nothing; the side column lists the writers' e-mail addresses
        String posts = java.util.stream.IntStream.range(1, 41).mapToObj(n -> n + ". <a href='/2004/06/post-" + n
            + ".html'>The executive's powers in wartime, part " + n + "</a> (Hartford Courant, June " + (n % 28 + 1) + ", 2004)<br>")
            .collect(java.util.stream.Collectors.joining());
        String writers = java.util.stream.IntStream.range(1, 30).mapToObj(n -> "<br><i>Writer number " + n + "</i><br>writer" + n
            + " at law.example.edu").collect(java.util.stream.Collectors.joining());
        ExtractedArticle article = extract("<html><body><table><tr><td><div class='links'><p>Balkinization, an unanticipated"
            + " consequence of Jack M. Balkin<br>E-mail:" + writers + "</p></div></td><td><div class='posts'><p><b>The Anti-Torture"
            + " Memos</b></p><p>For ease of reference, we've grouped together our posts on torture, interrogation, detention and war"
            + " powers. " + posts + "</p></div></td></tr></table></body></html>");
        assertBody(article, List.of("For ease of reference", "part 40"), List.of("Writer number"));
    }

    @Test
    void theSitesLatestStoriesUnderAHeadingThatSaysSoAreNeitherTheArticleNorMoreOfIt() {
        // kapital-rus.ru, 2012: a story of three paragraphs, then "Последние публикации на сайте" over teasers whose leads,
        // each with its author and date, outvote it
        String teasers = java.util.stream.IntStream.range(0, 3).mapToObj(n -> "<div><a class='title' href='/articles/article/22"
            + n + "'>Germany spoils its relations, part " + n + "</a></div><div class='text_1'>The working visit to Germany and the"
            + " industrial fair in Hanover, as many expected, did not pass without remarks from the chancellor, sharp and not always"
            + " pleasant. How did Russia and Germany settle their relations in public, and why was it needed?</div><div><b>Melnikov"
            + " Alexander</b>, 09.04.2013</div>").collect(java.util.stream.Collectors.joining());
        for (String heading : List.of("▪ ПОСЛЕДНИЕ ПУБЛИКАЦИИ НА САЙТЕ ▪", "Latest stories")) {
            ExtractedArticle article = extract("<html><body><div class='cont'><h3>News</h3><h1>Memory loss begins at 45</h1><div>"
                + "<div class='newsItemText'>" + paragraphs(3) + "</div></div><h3>" + heading + "</h3><div>" + teasers + "</div>"
                + "</div></body></html>");
            assertBody(article, List.of("2. The regional council"), List.of("working visit", "Melnikov"));
        }
        // bizjournals.com, 2008: "Latest News" is the masthead over the story, its headline and its related links
        ExtractedArticle story = extract("<html><body><h2 class='masthead'>Latest News</h2><table id='article_tbl'><tr><td>"
            + "<div id='story'><h1>Local biotech researcher dies</h1>" + paragraphs(3) + "<h3>Related News</h3><ul>" + numbered(3,
                "<li><a href='/kansascity/stories/2006/08/14/smallb1.html'>Market formula: a unique path ", "</a></li>") + "</ul></div>"
            + "</td></tr></table><div class='legal'>Use of this site constitutes acceptance of our User Agreement, and please read"
            + " our Privacy Policy.</div></body></html>");
        assertBody(story, List.of("2. The regional council"), List.of());
    }

    @Test
    void aJoomlaModuleOfNewsBriefsIsNoArticle() {
        // zdrowiewpodrozy.pl, 2012: a story written into one table cell, and in the left column a module of dated briefs
        // whose votes, each brief's, add up to more
        String briefs = java.util.stream.IntStream.range(0, 5).mapToObj(n -> "<div class='h'><strong>Dengue in the islands</strong>"
            + "</div><div class='info'><div>In recent days, in Gaibandha, Kurigram, Kushtia, Magura, Naogaon and Natore, " + n
            + " people died.</div><span>Sunday, 7 April 2013</span></div>").collect(java.util.stream.Collectors.joining());
        String menu = numbered(8, "<a href='/index.php?option=com_content&amp;view=category&amp;id=6'>Vaccinations before travel, part ",
            "</a><br>");
        ExtractedArticle article = extract("<html><body><div id='container'><div id='colleft'><div class='moduletable'><h3>News</h3>"
            + "<div>" + briefs + "</div></div></div><div id='main'><table class='contentpaneopen'><tr><td class='contentheading'>"
            + "<a href='/index.php?id=190'>Venezuelan haemorrhagic fever</a></td></tr><tr><td>A woman died in Banco Morrones, in the"
            + " district of Guanarito, diagnosed with Venezuelan haemorrhagic fever, and three more residents, with similar symptoms,"
            + " also tested positive.<br>Rats carry the virus, which they shed with saliva, urine, faeces, and so on; infection is"
            + " usually by breathing, as the viruses in dust reach the lungs, and from there spread to other tissues and organs.</td>"
            + "</tr></table></div><div id='colright'>" + menu + "</div></div></body></html>");
        assertBody(article, List.of("Banco Morrones", "Rats carry"), List.of("Dengue", "Gaibandha"));
    }

    @Test
    void teasersInBoxesOfTheStorysClassAreNotMoreOfTheStory() {
        // theaustralian.news.com.au, 2008: the story in <div class="module-content" id="article">, and each of "In The
        // Australian Today"'s headline and lead in a box of that class further down the page
        String teasers = java.util.stream.IntStream.range(0, 6).mapToObj(n -> "<div class='item'><div class='module'><div"
            + " class='module-content'><h3 class='heading'><a href='/story/0,25197," + n + ",00.html'>Murdoch to buy into Packer"
            + " empire, day " + n + "</a></h3><p>LACHLAN Murdoch is to make a stunning return to the media industry in a deal to"
            + " privatise James Packer's Consolidated Media Holdings, worth billions.</p>"
            + "</div></div></div>").collect(java.util.stream.Collectors.joining());
        ExtractedArticle article = extract("<html><body><div id='primary'><div class='module article'><h1>Roddick swings into the"
            + " fourth round</h1><div class='module-content' id='article'>" + paragraphs(5) + "</div></div></div><div id='tertiary'>"
            + "<div class='group'><h2 class='heading'>In The Australian Today</h2>" + teasers + "</div></div></body></html>");
        assertBody(article, List.of("0. The regional council", "4. The regional council"), List.of("Murdoch", "LACHLAN"));
        // restroworks.com (Elementor): the guide's first box, of the story's class, opens with a table of contents, whose
        // entries link the guide's own headings; it is the story's
        String contents = java.util.stream.IntStream.range(0, 4).mapToObj(n -> "<li><a href='#section_" + n + "'>Why does the"
            + " service style matter, part " + n + "</a></li>").collect(java.util.stream.Collectors.joining());
        ExtractedArticle guide = extract("<html><body><div class='page'><div class='con'><div class='inner'><div class='element'>"
            + "<div class='widget-container'><h2>Types of restaurant service</h2></div></div><div class='element text'><div"
            + " class='widget-container'><ul>" + contents + "</ul>" + numbered(4, "<p>Opening ", "</p>") + "</div></div></div></div>"
            + "<div class='con'><div class='inner'><div class='element'><div class='widget-container'><h2>Fine dining</h2></div></div>"
            + "<div class='element text'><div class='widget-container'>" + paragraphs(6) + "</div></div></div></div></div></body></html>");
        assertBody(guide, List.of("Opening 0.", "5. The regional council"), List.of());
    }

    @Test
    void aTableOfTeasersHeadedWithALabelSendingTheReaderOnIsNoPartOfTheStory() {
        // money.pl, 2012: between the paragraphs, a table whose first row says "Czytaj w Money.pl" ("read on Money.pl") and
        // whose other rows each hold a picture, a linked headline and its lead
        String rows = java.util.stream.IntStream.range(0, 3).mapToObj(n -> "<tr><td><a href='/artykul/ebc," + n + ".html'><img"
            + " src='t" + n + ".jpg'></a></td><td><b><a href='/artykul/ebc," + n + ".html'>EBC: time for non-standard measures " + n
            + "</a></b><br><i>The European Central Bank announced non-standard measures</i>, said its head Mario Draghi.</td></tr>")
            .collect(java.util.stream.Collectors.joining());
        ExtractedArticle article = extract("<html><body><div id='article'><h1>A new chief economist</h1>" + paragraphs(3)
            + "<table class='tb02 takze'><tr><td colspan='2'><span class='n4'>Czytaj w Money.pl</span></td></tr>" + rows + "</table>"
            + numbered(2, "<p>Later ", "</p>") + "</div></body></html>");
        assertBody(article, List.of("2. The regional council", "Later 1."), List.of("non-standard measures", "Czytaj"));
    }

    @Test
    void theItemsOfAListTheTextAnnouncesAreKeptOneALineHoweverShort() {
        // foodwishes.blogspot.com, 2012: "Ingredients for 4 portions:", then one ingredient a line, in a div each or between
        // <br>s; a line shorter than a paragraph went as a date or an "Advertisement" would
        List<String> ingredients = List.of("2 tsp vegetable oil", "2 or 3 boneless skinless chicken breasts, about 1 1/4 lbs",
            "salt and pepper to taste", "1 large onion", "4 cloves garlic");
        for (String lines : List.of(ingredients.stream().map(line -> "<div class='MsoNormal'><span>" + line + "</span></div>")
                .collect(java.util.stream.Collectors.joining()), "<div>" + String.join("<br>", ingredients) + "</div>")) {
            ExtractedArticle recipe = extract("<html><body><div class='post-body'>" + paragraphs(2)
                + "<div>Ingredients for 4 portions:</div>" + lines + numbered(2, "<div>Method ", "</div>") + "</div></body></html>");
            assertBody(recipe, List.of("2 tsp vegetable oil", "salt and pepper to taste", "4 cloves garlic", "Method 1."), List.of());
        }
        // after a label sending the reader on, or a paragraph that announces nothing, a short line is no item
        ExtractedArticle labelled = extract("<html><body><div class='post-body'>" + paragraphs(3) + "<div>Read more on this topic"
            + " here on our site:</div><div>Chili for one</div><div>Bean soup</div><div>Posted 9 Nov 2012</div></div></body></html>");
        assertBody(labelled, List.of("2. The regional council"), List.of("Chili for one", "Bean soup", "Posted 9 Nov"));
        // space.com: "The newly selected five are:" over a gallery, each slide under its counter
        ExtractedArticle gallery = extract("<html><body><div class='article'>" + paragraphs(3) + "<p>The newly selected five"
            + " are:</p><div class='inlinegallery'>" + java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(n -> "<div"
            + " class='inlinegallery-item'><span class='slidecount'>Image " + n + " of 5</span><img src='" + n + ".jpg'></div>")
            .collect(java.util.stream.Collectors.joining()) + "</div>" + numbered(2, "<p>After ", "</p>") + "</div></body></html>");
        assertBody(gallery, List.of("After 1."), List.of("Image 1 of 5", "Image 5 of 5"));
    }

    @Test
    void aShortPostNamedAsSuchIsNotOutvotedByTheSideColumn() {
        // a TypePad blog: a video and two sentences in "entry-content", the side column's modules longer, of one class with it
        ExtractedArticle article = extract("<html><body><div id='beta'><div class='pkg'><div class='entry'><h3>The AWS Report</h3>"
            + "<div class='entry-content'><p>For this episode I interviewed the principal database engineer of the team, to learn"
            + " more about the new feature.</p><p>Watch it and tell us what you think.</p></div></div></div></div>"
            + "<div id='gamma'><div class='pkg'>" + numbered(3, "<div class='module'><p>Featured events: a session on running games in"
                + " the cloud, with speakers from studios and a panel of customers, moderated by our evangelist, ", "</p></div>")
            + "</div></div></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("principal database engineer") && body.contains("Watch it"), body);
        assertFalse(body.contains("Featured events"), body);
    }

    @Test
    void aSideColumnsTeaserNamedAsAPostDoesNotOutweighTheStory() {
        // nypost.com, 2009: the only box named "entry_text" is the right rail's teaser of a blog post, its lead cut off
        ExtractedArticle article = extract("<html><body><div id='content'><div id='article'>" + paragraphs(4) + "</div>"
            + "<div id='rt_rail'><div class='blog_panels'><div class='entry_text' onclick=\"window.location='/blogs/tv/24'\">"
            + "<h1>'24's' most shocking deaths</h1><p>This week on \"24,\" we said goodbye to Bill Buchanan when the silver-haired"
            + " special agent sacrificed himself to save the President and a handful of ...</p></div></div></div></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Buchanan"), article.articleBody());
    }

    @Test
    void aStoryItsEditorsPromotedToTheFrontPageIsNotAPromotion() {
        // Drupal marks a node promoted to the front page "node-promoted": the story itself (alphr.com, 2017)
        ExtractedArticle article = extract("<html><body><div id='page'><div class='node node-article node-promoted node-full'>"
            + "<div class='content'>" + paragraphs(4) + "</div></div><div class='footer'>"
            + numbered(3, "<div class='block'><p>Technology and the ways it changes your work, your home and your car, ", "</p></div>")
            + "</div></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aBoxNamedAfterASectionAndTheAdBesideItHoldsText() {
        // refinery29.com: each section of the story in <div class="section-and-ad">, with the ad slot that follows it
        ExtractedArticle article = extract("<html><body><article><div class='body'>"
            + numbered(4, "<div class='section-and-ad'><div class='section-text'>", "</div><div class='section-ad'><div class='ad'></div></div></div>")
            + "</div></article><div class='more'>" + numbered(30, "<div class='story-content'><a href='/more'>Another story on health, ", "</a></div>")
            + "</div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertEquals(Extraction.MARKUP, article.extraction().strategy(), "found by the first pass, not the last resort");
    }

    @Test
    void aTooltipIsNotText() {
        // iatronet.gr: each of the side column's latest news shows its lead in a tooltip, and their leads outvoted a short story
        StringBuilder latest = new StringBuilder("<div id='rightcol'><h3>Latest news</h3><ul>");
        for (int i = 0; i < 6; i++) {
            latest.append("<li><a href='/news/").append(i).append("'>Doctors strike again, day ").append(i)
                .append("</a><div class='tooltip'>After the pharmacists, the doctors of the fund decided, in a general meeting, to go on with")
                .append(" their strike for another week, number ").append(i).append(".</div></li>");
        }
        ExtractedArticle article = extract("<html><body><div id='container'><div class='article' id='midcol'><h1>Lavipharm sells shares</h1>"
            + "<p>Lavipharm announced that, as part of restructuring its holdings, its subsidiary transferred its shares in the company"
            + " to another firm of the group, for a price set by an independent valuer.</p>" + paragraphs(2) + "</div>" + latest
            + "</ul></div></div></body></html>");
        String body = article.articleBody();
        assertTrue(body.startsWith("Lavipharm announced"), body);
        assertFalse(body.contains("pharmacists"), body);
    }

    @Test
    void aStoryCutIntoRowsOfAPageBuilderIsTakenRowByRow() {
        // each row nests its heading and text box seven levels under the column that holds the rows, deeper than modules are
        String rows = row(1, 2) + "<div class='spacer'></div>" + row(2, 2) + row(3, 6) + row(4, 1);
        ExtractedArticle article = extract("<html><body><header><nav><a href='/'>Home</a> <a href='/articles'>Articles</a></nav></header>"
            + "<main><section class='band intro'><h1>Getting toddlers to sleep</h1></section><section class='band page'><div class='grid two'>"
            + "<div class='column story'>" + rows + "</div><div class='column products'><h3>Related products</h3>"
            + "<div class='card'><a href='/p/1'>Night light</a></div></div></div></section></main></body></html>");
        String body = article.articleBody();
        assertEquals(11, article.paragraphs().stream().filter(paragraph -> paragraph.contains("harbour budget")).count(), body);
        assertTrue(body.indexOf("Row 1, 0.") < body.indexOf("Row 3, 5.") && body.indexOf("Row 3, 5.") < body.indexOf("Row 4, 0."), body);
        assertFalse(body.contains("Night light"), body);
    }

    /** A page builder's row: its text box (heading and paragraphs) under the row's wrapper, flex box (an empty anchor beside the grid), grid and boxes. */
    private static String row(int number, int paragraphs) {
        return "<section class='row band'><div class='pad'><section class='flex end'><div class='box anchor'></div><div class='grid one'><div class='box stack'>"
            + "<div class='box'><div class='box'><div class='copy rich-text'><h2>Part " + number + "</h2>"
            + numbered(paragraphs, "<p>Row " + number + ", ", "</p>") + "</div></div></div></div></div></section></div></section>";
    }

    @Test
    void commentsWrittenBesideThePostAfterTheirHeadingAreNotText() {
        // Movable Type: the comments are divs beside the post's paragraphs, after <h2 id="comments">, each with a "Posted by" line
        ExtractedArticle article = extract("<html><body><div id='content'>" + paragraphs(3)
            + "<h2 id='comments'>Comments</h2>" + numbered(4, "<div id='c1'><p>Great post, thank you! ", "</p></div><p class='posted'>Posted by: Ellen</p>")
            + "</div></body></html>");
        String body = article.articleBody();
        assertEquals(3, article.paragraphs().size(), body);
        assertFalse(body.contains("Great post"), body);
    }

    @Test
    void textItsSiteEncodedTwiceComesOutReadable() {
        ExtractedArticle article = extract("<html><head><title>Hangover cure? Itâ€™s in the herb</title></head><body><article>"
            + "<h1>Hangover cure? Itâ€™s in the herb</h1>" + paragraphs(2) + "<p>When you give a rat alcohol, they act â\u0080\u009ctotally"
            + " like a human,â\u0080\u009d said Liang. â\u0080\u009cThey donâ\u0080\u0099t get drunk.â\u0080\u009d<br>â\u0080\u008d</p>"
            + "<p>â\u0080\u008d</p>" + paragraphs(1) + "</article></body></html>");
        assertEquals("Hangover cure? It’s in the herb", article.title());
        // the editor's empty paragraphs held a zero-width joiner, encoded twice too: put back, they are still empty
        assertEquals(4, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(article.paragraphs().get(2).endsWith("get drunk.”"), article.paragraphs().toString());
        assertTrue(article.articleBody().contains("they act “totally like a human,” said Liang. “They don’t get drunk.”"), article.articleBody());
    }

    @Test
    void aPageLaidOutInATableKeepsItsSidebarColumnOut() {
        // schneier.com, 2012: columns of one row; the post's cell holds a short post and a quoted abstract, the sidebar's cell
        // two blurbs. Voting with all its text, the post's cell made the row outvote it, and the row took the sidebar along.
        String post = "<div class='indivbody'><h3>How Terrorist Groups Disband</h3><p>Interesting research from RAND:</p><blockquote>"
            + "<b>Abstract</b>: How do terrorist groups end? The evidence since 1968 indicates that terrorist groups rarely cease to"
            + " exist as a result of winning or losing a military campaign. Rather, most groups end because of operations carried out"
            + " by local police or intelligence agencies, or because they join the political process.</blockquote>"
            + "<p>This, of course, should surprise no one. Remember the work of Max Abrahms.</p></div>";
        String sidebar = "<table class='sidebox'><tr><td class='sidebody'><h3>Search</h3>"
            + "<p>If you prefer to receive these comments on security as a monthly e-mail digest, subscribe to the sister publication.</p>"
            + "<p class='disclaim'>This is a personal website. Opinions expressed are not necessarily those of the employer.</p>"
            + "</td></tr></table>";
        ExtractedArticle article = extract("<html><body><table class='main'><tr><td class='leftcol'><a href='/'>Home</a></td>"
            + "<td class='contentcell'>" + post + "</td><td class='rightcol'>" + sidebar + "</td></tr></table></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("Max Abrahms") && body.contains("terrorist groups rarely cease"), body);
        assertFalse(body.contains("monthly e-mail digest") || body.contains("personal website"), body);
    }

    @Test
    void aStoryWrittenIntoASpanBetweenLineBreaksBesideATableIsFound() {
        // bltv.tv, 2012: the story is a <span class="content"> of lines between <br>s, beside a table of its date and reporter,
        // in a cell of the page's layout table
        String lines = "衛生署食品藥物管理局日前針對國內超商預購以及網購年菜進行調查，只有1家不符合食品衛生規範，經過衛生署輔導後已改善。<br>"
            + "農曆新年進入倒數階段，許多民眾透過不同管道選購年菜，近期超夯的超商預購以及網購年菜，也加入戰局，為了保障民眾吃得健康。<br>"
            + "衛生署表示，將持續加強輔導網購相關產品製造業者，並提醒選購年菜時，應了解年菜販售網頁以及標註的保存、運送方式是否完整正確。<br>"
            + "另外，不符合食品衛生規範者，衛生署已輔導廠商改善，民眾在收到年菜食品時，應確認運送溫度是否符合標準，包裝是否完整。<br>"
            + "消費者若發現年菜有異味或包裝破損，應立即向業者反映，並可撥打衛生局專線檢舉，以確保過年期間的飲食安全與健康。<br>";
        ExtractedArticle article = extract("<html><body><table><tr><td><div id='news2'><table><tr><td>記者：邱雯琪 台北報導</td></tr>"
            + "</table><br><span class='content'>" + lines + "</span></div></td><td><p class='about'>本站提供最新的新聞資訊，歡迎多加利用，"
            + "如有任何問題，請與客服中心聯絡。</p></td></tr></table></body></html>");
        assertTrue(article.articleBody().contains("農曆新年進入倒數階段"), article.articleBody());
        assertFalse(article.articleBody().contains("客服中心"), article.articleBody());
    }

    @Test
    void anEmptySpanNamedAsALineBreakEndsTheLine() {
        // The Times of India writes its story as text between <span class="id-r-component br"></span>s, its subheadings as
        // <span class="strong"> lines between them: without the break, a subheading ran into the next paragraph's first word
        String br = "<span class='id-r-component br' data-pos='1'></span>";
        ExtractedArticle article = extract("<html><body><div class='article'>0. " + PARAGRAPH + br
            + "<span class='strong'>A Newborn Left To Die, But Survives</span>" + br + br + "One of the most shocking recent cases. "
            + PARAGRAPH + br + "2. " + PARAGRAPH + "</div></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "A Newborn Left To Die, But Survives", "One of the most shocking recent cases. " + PARAGRAPH,
            "2. " + PARAGRAPH), article.paragraphs(), article.articleBody());
    }

    @Test
    void aLineNamingTheTextsSourceIsACreditNotText() {
        // express.gr ends its stories with "Πηγή: e-diet.gr", se.pl with "Źródło: Super Express": credits, as a picture's are;
        // a sentence that opens with the word is the writer's
        String sentence = "Source: a spokesman for the ministry, who said the plan would change. He did not say when.";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<p>Źródło: Super Express</p>" + numbered(1, "<p>More, ", "</p>")
            + "<p>" + sentence + "</p><p>Πηγή: e-diet.gr</p><p>Dzięki uprzejmości: PAP - Nauka w Polsce</p></article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "More, 0. " + PARAGRAPH, sentence), article.paragraphs(), article.articleBody());
    }

    @Test
    void anInvitationToTheSitesForumOrToSubscribeIsAnAppeal() {
        // biolog.pl closes each story with "Zapraszamy też do dyskusji na największym polskim forum ekologicznym" under its credit
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<p>Zapraszamy też do dyskusji na największym polskim forum ekologicznym.</p></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        // wpolityce.pl: an invitation to subscribe to the weekly
        ExtractedArticle weekly = extract("<html><body><article>" + paragraphs(3) + "<p>Zapraszamy też do subskrypcji tygodnika w Sieci"
            + " Przyjaciół – www.siecprzyjaciol.pl i oglądania ciekawych audycji telewizji wPolsce.pl.</p></article></body></html>");
        assertEquals(3, weekly.paragraphs().size(), weekly.articleBody());
    }

    @Test
    void aBreadcrumbTrailWrittenAsAHeadingIsNotOne() {
        // iatronet.gr writes its trail as an <h2> of links, opening at its home page; a subheading whose words link
        // elsewhere stays
        ExtractedArticle article = extract("<html><body><div class='article'><h2><a href='default.asp'>Αρχική Σελίδα</a>"
            + "<a href='newscategory.asp'>Ειδήσεις - Νέα</a><a href='newscategory.asp?cat_id=334'>Υγεία &amp; Business</a></h2>"
            + "<h1>Πραξιτέλειο: γενική συνέλευση</h1>" + paragraphs(2) + "<h3>9). <a href='/parking'>Parking</a> &amp; "
            + "<a href='/insurance'>Insurance</a></h3>" + numbered(2, "<p>More, ", "</p>") + "</div></body></html>");
        assertFalse(article.articleBody().contains("Ειδήσεις"), article.articleBody());
        assertTrue(article.paragraphs().contains("9). Parking & Insurance"), article.articleBody());
    }

    @Test
    void aRequestToRateTheArticleIsAnAppeal() {
        // ria.ru under each story: "Оцените, пожалуйста, статью. Нам важно Ваше мнение."; a sentence about rating stays
        String rated = "The agency said it would rate this story's sources by how often their claims held up, starting in March.";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<p>" + rated + "</p>" + paragraphs(1).replace("0.", "2.")
            + "<p>Оцените, пожалуйста, статью. Нам важно Ваше мнение.</p><p>Oceń artykuł</p></article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, rated, "2. " + PARAGRAPH), article.paragraphs(), article.articleBody());
    }

    @Test
    void aLineAskingTheReaderToFollowIsAnAppealEvenWithoutItsLinks() {
        // ndtv.com: "For NDTV Updates, follow us on Twitter or join us on Facebook", its links gone; the Los Angeles Times:
        // "Follow me: twitter.com/…" under a column. A writer's "follow me down…" and a quote stay
        String prose = "Follow me down the rabbit hole as I explain how the council approved the harbour budget after midnight.";
        String quote = "“Follow me,” the guide said, and led the group across the square to the old harbour.";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(1) + "<p>" + prose + "</p><p>" + quote + "</p>"
            + numbered(1, "<p>More, ", "</p>") + "<p>For NDTV Updates, follow us on Twitter or join us on Facebook</p>"
            + "<p>Follow me: twitter.com/LATShariRoan</p><p>Follow us!</p></article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, prose, quote, "More, 0. " + PARAGRAPH), article.paragraphs(), article.articleBody());
    }

    @Test
    void aSignUpWrittenWithAHyphenOrForEmailUpdatesIsAnAppeal() {
        // dailyblogtips.com: "Sign-up to the Daily Blog Tips newsletter and you will be able to download…"; a blog's
        // "Sign up for free email updates and be entered to win our monthly giveaway…"
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<p>Sign-up to the Daily Blog Tips newsletter and "
            + "you will be able to download the \"Make Money Blogging\" eBook for free.</p>" + numbered(1, "<p>More, ", "</p>")
            + "<p>Sign up for free email updates and be entered to win our monthly giveaway of over $100 in beautiful product!</p>"
            + "</article></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void askingForMoneyOrAnEmailAddressIsAnAppeal() {
        // pulpitandpen.org closes its posts asking for Patreon pledges, above the sign-up form's prompt; a story about a
        // donation, and one that names the writers' Patreon campaign as news, stay when they are the story's
        String donated = "The family said they would donate the money to the children's hospital where their son was treated.";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<p>" + donated + "</p>" + numbered(1, "<p>More, ", "</p>")
            + "<p>Subscribe to us on Patreon here and support our ministry.</p>"
            + "<p>When you subscribe, please add our address to your contacts so that the letters do not go to your spam folder.</p>"
            + "<p>Enter your email address below…</p></article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, donated, "More, 0. " + PARAGRAPH), article.paragraphs(), article.articleBody());
        // gellerreport.com: a line dropped between the paragraphs
        ExtractedArticle line = betweenFourParagraphs("<p>Your contribution supports independent journalism. Please contribute here.</p>");
        assertEquals(4, line.paragraphs().size(), line.articleBody());
        // asking for tips, for sharing, for fans: gellerreport.com, the Mirror, sfgate.com, CNN
        ExtractedArticle asking = betweenFourParagraphs("<p>Have a tip we should know? Your anonymity is NEVER compromised.</p>"
            + "<p>Do you have a story to tell? Email: newsdesk@example.com</p><p>Like this story? Share it with a friend!</p>"
            + "<p>Become a fan of CNNOpinion</p><p>Do you have comments on this story? Talkback here</p>");
        assertEquals(4, asking.paragraphs().size(), asking.articleBody());
    }

    @Test
    void aBoxWhoseStraplineAsksForMoneyIsAnAppeal() {
        // gellerreport.com: under the post, a box headed "The Truth Must be Told", its strapline asking, then the pitch and the
        // donation forms (gone as forms); a box of facts with a heading of its own stays
        ExtractedArticle article = extract("<html><body><article><h1>A story</h1>" + paragraphs(3) + "<div class='grey-box'>"
            + "<h5>The Truth Must be Told</h5><p>Your contribution supports independent journalism</p>"
            + "<p>Please take a moment to consider this. Now, more than ever, people are reading us for news they won't get anywhere"
            + " else, but advertising revenues have all but disappeared.</p><p>We cannot do our reporting without you.</p>"
            + "<form action='https://www.paypal.com/cgi-bin/webscr'><input type='image' alt='Donate'></form></div>"
            + "</article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        ExtractedArticle facts = betweenFourParagraphs("<div class='box'><h5>What the law says</h5><p>Section 4 sets the fine at $500.</p>"
            + "<p>Repeat offenders may lose their licence for a year, the court may add community service.</p></div>");
        assertTrue(facts.articleBody().contains("Repeat offenders"), facts.articleBody());
    }

    @Test
    void aCardThatAScriptLinksToAnotherPageIsATeaser() {
        // react2424.com: a short story, and beside it "Most popular", each card a box that a script sends to its page
        // (data-href) holding another story's headline and a long lead; a box naming the page itself is the story's
        String lead = "<p><span>Girl complains of a stinging on her arm</span> A twelve year old girl has been experiencing issues lately,"
            + " doctors say, and her mother decided to take her to a doctor after the pain came back, then again, then again.</p>";
        ExtractedArticle article = extract("<html><body><div class='row'><div class='col-8'><h1>Curfew issued for the city</h1>"
            + "<div class='item' data-href='https://news.example/2025/01/02/story'><p>The mayor and the police have issued a curfew for all"
            + " residents until further notice, from nine in the evening to six in the morning.</p></div></div>"
            + "<div class='col-4'><h2>Most Popular</h2><ol>"
            + "<li><div class='top' data-href='/2025/01/01/girl'><div class='desc'>" + lead + lead.replace("Girl", "A girl") + "</div></div></li>"
            + "<li><div class='top' data-href='https://news.example/2025/01/01/other'><div class='desc'>" + lead.replace("Girl", "Boy") + "</div></div></li>"
            + "</ol></div></div></body></html>");
        assertBody(article, List.of("The mayor and the police"), List.of("stinging"));
    }

    @Test
    void aSentenceMostlyOfALinkIsTheWritersWhenItsWordsStandOnBothSides() {
        // leadstories.com: "JAMA Pediatrics' <a>retraction, published July 16, 2021</a>, said:" before the quote; a line
        // sending the reader on ends with its link, and goes
        String sentence = "JAMA Pediatrics' <a href='https://journal.example/retraction'>retraction, published July 16, 2021</a>, said:";
        ExtractedArticle article = betweenFourParagraphs("<p>" + sentence + "</p><blockquote><p>The authors did not provide sufficiently"
            + " convincing evidence to resolve these issues.</p></blockquote><p>Read more: <a href='/other'>Masks and children, the study"
            + " that was retracted</a></p>");
        assertBody(article, List.of("JAMA Pediatrics' retraction, published July 16, 2021, said:"), List.of("Read more"));
        // a sentence the link opens goes on in lower case (Ars Technica's deals: "<a>2TB Portable Hard Drive</a> for $161.99…");
        // a headline followed by its source's name is a teaser
        ExtractedArticle opened = betweenFourParagraphs("<p><a href='https://shop.example/drive'>2TB WD My Passport Portable Hard"
            + " Drive</a> for $161.99</p><p><a href='/economy'>Economy was wavering before the storm</a> Reuters</p>");
        assertBody(opened, List.of("2TB WD My Passport Portable Hard Drive for $161.99"), List.of("Economy was wavering"));
    }

    @Test
    void whereTheStoryRanInPrintAGallerysCounterAndWhomToWriteToAreNotText() {
        // The New York Times and The Wall Street Journal under the story: the page and headline it ran with in print; a
        // gallery's "1 of 1" left when its pictures went; a review's rating and a sentence about print stay
        String printed = "The paper said the story appeared in print on page one, and that the edition sold out by noon.";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(2) + "<p>1 of 1</p><p>" + printed + "</p><p>5/5</p>"
            + "<p>A version of this article appears in print on 11/06/2012, on page D5 of the New York edition with the headline:"
            + " Reassessing Flu Shots as the Season Draws Near.</p>"
            + "<p>A version of this article appeared October 29, 2012, on page B3 in the U.S. edition of The Wall Street Journal,"
            + " with the headline: Hitachi Set to Win Bidding.</p><p>Appeared in the January 5, 2024, print edition as 'Rates Fall'.</p>"
            // Bloomberg: whom to write to; a magazine's page
            + "<p>To contact the reporter on this story: Heather Smith in Paris at hsmith@example.net</p>"
            + "<p>This article was originally published on page 28 of the March issue.</p>"
            + "</article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, printed, "5/5"), article.paragraphs(), article.articleBody());
    }

    @Test
    void aControlsLabelLeftAloneIsNotText() {
        // CNN, NPR, chron.com: the labels of a caption's toggle, a gallery's and a player's buttons, left when they went; a
        // section headed "Next" (what comes next in an essay) and a heading that says more stay
        ExtractedArticle article = betweenFourParagraphs("<p>Caption</p><p>Close</p><div>Gallery</div><h3>Video</h3><p>Schließen</p>"
            + "<h2>Next</h2><h3>Video: the flood in the old town</h3>");
        assertEquals(List.of("0. " + PARAGRAPH, "1. " + PARAGRAPH, "Next", "Video: the flood in the old town", "Later 0. " + PARAGRAPH,
            "Later 1. " + PARAGRAPH), article.paragraphs(), article.articleBody());
    }

    @Test
    void aLabelSendingTheReaderOnWhoseListWentIsNotText() {
        // CNN's "Don't Miss" between sections and canada.com's "Related Links" at the end, their links gone; "See also:" over
        // its short lines and a heading that names what the text recommends stay
        String heading = "Recommended list of podcasts for decision makers";
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(1) + "<h3>Don't Miss</h3><h2>Background</h2>"
            + numbered(1, "<p>More, ", "</p>") + "<h2>" + heading + "</h2><p>" + PARAGRAPH + " " + PARAGRAPH + "</p>"
            + "<p>See also:</p><p>The harbour budget of last year</p><p>Related Links</p></article></body></html>");
        assertEquals(List.of("0. " + PARAGRAPH, "Background", "More, 0. " + PARAGRAPH, heading, PARAGRAPH + " " + PARAGRAPH, "See also:",
            "The harbour budget of last year"), article.paragraphs(), article.articleBody());
    }

    @Test
    void aChinesePortalsDisclaimerIsNotText() {
        // finance.ifeng.com under each story; a ministry's statement the story quotes stays
        String story = "外交部官员12日表示，中俄双方在天然气价格方面尚存分歧，但双方都有意愿通过谈判解决问题，合作前景广阔。";
        String statement = "外交部声明：中方愿与各方一道，推动地区局势尽快降温，并支持通过对话协商解决分歧。";
        ExtractedArticle article = extract("<html><body><article><p>" + story + "</p><p>" + statement + "</p><p>" + story.replace("12日", "13日")
            + "</p><p>免责声明：本文仅代表作者个人观点，与凤凰网无关。其原创性以及文中陈述文字和内容未经本站证实，请读者仅作参考。</p>"
            + "<p>凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。</p>"
            + "</article></body></html>");
        assertEquals(List.of(story, statement, story.replace("12日", "13日")), article.paragraphs(), article.articleBody());
    }

    @Test
    void aChinesePortalsLinesAboutItsEditorTextSizeAndToolbarAreNotText() {
        // finance.ifeng.com and chinanews.com, 2012: what the toolbars leave as lines; a line that only mentions an editor
        // stays, and the reporter's credit names the author (then goes from the text, as any line restating the byline)
        String story = "外交部官员12日表示，中俄双方在天然气价格方面尚存分歧，但双方都有意愿通过谈判解决问题，合作前景广阔。";
        String editorQuoted = "编辑部主任表示：读者来信数量增加了一倍，其中多数关心物价。";
        ExtractedArticle article = extract("<html><body><article><p>发布时间：2012-01-12 17:21:17 【编辑：金硕】</p><p>字号:T|T</p>"
            + "<p>" + story + "</p><p>记者 蒋凌</p><p>" + editorQuoted + "</p><p>" + story.replace("12日", "13日") + "</p>"
            + "<p>人参与 条评论 打印 转发</p><p>[责任编辑：robot] 标签：天然气 双方 分歧 价格</p><p>（責任編輯：年巍）</p></article></body></html>");
        assertEquals(List.of(story, editorQuoted, story.replace("12日", "13日")), article.paragraphs(), article.articleBody());
        assertEquals(List.of("蒋凌"), article.authors());
    }

    @Test
    void aPromptToLogInBeforeCommentingIsAnAppeal() {
        // kurskweb.ru: "Зарегистрируйтесь или войдите, чтобы оставить комментарий", left when the comment form went
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3) + "<p>Зарегистрируйтесь или войдите, чтобы оставить "
            + "комментарий</p><p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p>"
            + "<p>You must be logged in to post a comment.</p></article></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aTagListOfLinksSpacedBySeparatorsCastsNoVote() {
        // pts.org.tw, 2012: a keyword cloud, each link followed by "、" and spaced out by its markup, outvoted a short story
        StringBuilder tags = new StringBuilder();
        for (String tag : List.of("蔡英文", "民進黨", "國民黨", "馬英九", "宋楚瑜", "親民黨", "總統大選", "陳致中", "陳水扁", "中國", "高雄市",
            "台鐵", "日本", "新北市", "衛生署", "宇昌案", "台南市", "高雄", "台中市", "立法院", "吳敦義", "春節", "台東縣", "冷氣團")) {
            tags.append("<a href='/tags?t=").append(tag).append("'>\n   <span>").append(tag).append("</span>\n  </a>\n   、   \n");
        }
        String story = "<p class='Page'>台中市衛生局上午突擊傳統批發市場，抽檢年節食品是否含有二氧化硫、過氧化氫，現場抽驗十件馬上快篩，全數過關。<br>"
            + "滴上一滴過氧化試劑，白皙的豆干馬上就變黃色，把現場的民眾嚇了一大跳。</p>";
        ExtractedArticle article = extract("<html><body><table><tr><td>" + story + "</td><td><table><tr><td class='T1'>" + tags
            + "</td></tr></table></td></tr></table></body></html>");
        assertTrue(article.articleBody().contains("滴上一滴過氧化試劑"), article.articleBody());
        assertFalse(article.articleBody().contains("民進黨"), article.articleBody());
    }

    @Test
    void anEmptyCommentsTargetAfterTheStoryOpensTheCommentsButNotBeforeIt() {
        // the Herald, 2008: <a name="comments"></a>, then a "Posted by" box and the comment's text as divs of no telling name
        String comments = "<a name='comments'></a>"
            + numbered(4, "<div class='b_box'>Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08</div><div class='entry'>Geography is never irrelevant, ", "</div>");
        ExtractedArticle article = extract("<html><body><div>" + numbered(3, "<p>", "</p>") + comments + "</div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("Geography"), article.articleBody());
        // a target at the top of the story (a jump link's landing before any text) opens nothing
        ExtractedArticle onTop = extract("<html><body><div><a id='comments'></a>" + numbered(3, "<p>", "</p>") + "</div></body></html>");
        assertEquals(3, onTop.paragraphs().size(), onTop.articleBody());
    }

    @Test
    void theCommentsATargetOpensGoWithTheirBareTextButACommentaryTargetOpensNothing() {
        // CBC, 2008: <a name="commentSection"></a>, then each comment as bare text after its author's name in <b>
        String comments = "<hr><a name='commentSection'></a><b>Comments are now closed for this story</b>"
            + numbered(4, "<br><b>Stephen B</b><br>The time has come for the tax and spend Liberals, ", "<br><hr>");
        ExtractedArticle article = extract("<html><body><div id='story'>" + paragraphs(4) + comments + "</div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("tax and spend"), article.articleBody());
        // a part of the story may be a target too: "commentary" names no readers' comments
        ExtractedArticle commentary = extract("<html><body><div id='story'>" + paragraphs(3) + "<a name='commentary'></a>"
            + numbered(3, "<p>Commentary: ", "</p>") + "</div></body></html>");
        assertEquals(6, commentary.paragraphs().size(), commentary.articleBody());
    }

    @Test
    void aHeadingThatSaysCommentAloneHeadsAPartOfTheStory() {
        // a guest post on being quoted by journalists: its sections "Comment", "Briefing", "Access", each bare text after its <h2>
        ExtractedArticle article = extract("<html><body><div class='post'><h3>How to get media coverage</h3>" + paragraphs(2)
            + "<h2><span>Comment</span></h2>Offer journalists your opinion and analysis, " + PARAGRAPH
            + "<h2><span>Briefing</span></h2>Offer to explain a complex topic, " + PARAGRAPH + "</div></body></html>");
        String body = article.articleBody();
        assertTrue(body.contains("your opinion and analysis") && body.contains("complex topic"), body);
    }

    @Test
    void aCommentsHeadingInABoxOfItsOwnOpensTheCommentsBesideTheBox() {
        // Schneier's Movable Type theme: <div class="commentform"><h2 id="comments">, then each comment as a "commentbody" div
        ExtractedArticle article = extract("<html><body><div class='indivbody'>" + paragraphs(3) + "</div>"
            + "<div class='commentform'><h2 id='comments'>Comments</h2></div>"
            + numbered(5, "<div class='commentbody'><p>Not to be confused with a micro-ort, ", "</p><p class='posted'>Posted by: Snarki</p></div>")
            + "</body></html>");
        String body = article.articleBody();
        assertEquals(3, article.paragraphs().size(), body);
        assertFalse(body.contains("micro-ort"), body);
    }

    @Test
    void aPlainBoxThatOnlySaysCommentsOpensThemAfterTheStoryButNotBeforeIt() {
        // the Telegraph, 2008: <div class="yvhd">Comments</div>, then readers' paragraphs of the story's own class
        ExtractedArticle article = extract("<html><body><div id='story'>" + numbered(3, "<p class='story'>", "</p>")
            + "<div class='yvhd'>Comments</div>"
            + numbered(4, "<p class='story'>What a marvellous opportunity, ", " <b>Posted by Idealist on January 10, 2008</b></p>")
            + "</div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("marvellous"), article.articleBody());
        // a "Comments" label above the story (a count, a tab) opens nothing
        ExtractedArticle labelled = extract("<html><body><div id='story'><div class='count'>Comments</div>"
            + numbered(3, "<p class='story'>", "</p>") + "</div></body></html>");
        assertEquals(3, labelled.paragraphs().size(), labelled.articleBody());
        assertEquals(Extraction.MARKUP, labelled.extraction().strategy()); // not recovered by a fallback
    }

    @Test
    void aCommentsHeadingIsToldByItsTextTooAndTrackbacksAreNoText() {
        ExtractedArticle article = extract("<html><body><article>" + paragraphs(3)
            + "<div class='trackbacks'><h3>TrackBack</h3><p>Listed below are links to weblogs that reference this post, thank you all.</p></div>"
            + "<h3>12 Comments</h3>" + numbered(4, "<div><p>I disagree, ", "</p></div>")
            + "</article></body></html>");
        String body = article.articleBody();
        assertEquals(3, article.paragraphs().size(), body);
        assertFalse(body.contains("I disagree") || body.contains("weblogs"), body);
    }

    @Test
    void readersQuotesUnderYourSayAreComments() {
        // an Australian paper (2008): readers' lines on other stories, under "YOUR SAY", in the story's column
        ExtractedArticle article = extract("<html><body><div class='section'><div class='module'>" + paragraphs(3) + "</div></div>"
            + "<div class='section'><h2 class='secHdn'>YOUR SAY</h2><div class='module'>"
            + numbered(4, "<p class='blockQuote'>I have never voted for them at a state election, and ", " more years will not change that...</p>")
            + "</div></div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("voted"), article.articleBody());
    }

    @Test
    void aColumnOfTeasersNamedAsAdsIsNoBoxLeftOpenAroundTheStory() {
        // the Daily Mail (2008): "Must Read" teasers in <div id="AdsLeft">, each a headline link and a summary, beside a
        // story written as bare text between unclosed <P> tags
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            teasers.append("<p><a href='/pages/live/articles/sport/football.html?in_article_id=50").append(i)
                .append("'>Transfer window, day ").append(i).append(": all the gossip</a><br />Follow all the action as it happens from ")
                .append("the third round ties, plus the gossip and news as it breaks and updated throughout the day, with every deal.</p>");
        }
        ExtractedArticle article = extract("<html><body><div id='block1'><div id='AdsLeft'><div id='AdColList'><span>Must Read</span>"
            + teasers + "</div></div></div><div id='ArtContent'><h1>Chelsea's my last stop</h1>"
            + numbered(3, "", " <P>") + "</div></body></html>");
        assertTrue(article.articleBody().contains("harbour budget"), article.articleBody());
        assertFalse(article.articleBody().contains("gossip"), article.articleBody());
    }

    @Test
    void aBloggersCreditClosingAShortPostKeepsThePostButASitesNoticeGoes() {
        // a Blogger post of pictures and two sentences (2012), and ABC News' line above its footer
        String post = "No matter how long I stare at this and, despite the evidence, I still can't believe this is a pencil drawing. "
            + "Mind...blown. Artwork and photos © DiegoKoi";
        ExtractedArticle article = extract("<html><head><title>Dude Craft: This is Not a Photograph</title></head><body><div class='post hentry'><h3 class='post-title entry-title'>This is Not a Photograph</h3>"
            + "<div class='post-body entry-content'><div class='separator'><a href='/a.jpg'><img src='/a.jpg'></a></div>" + post
            + "</div></div></body></html>");
        assertTrue(article.articleBody().endsWith(post), article.articleBody());
        assertTrue(Credits.isCopyrightNotice("External links are provided for reference purposes. ABC News is not responsible for the content "
            + "of external Internet sites. Copyright © 2012 ABC News Internet Ventures."));
        assertTrue(Credits.isCopyrightNotice("The minister arrives at the summit in Paris on Monday, greeted by the president. © Reuters"));
    }

    @Test
    void aMarketplaceOfJobAdsUnderTheStoryIsNotBody() {
        // vnunet.com (2008): job ads in <div class="marketplace"> in the story's column
        ExtractedArticle article = extract("<html><body><div class='bodycol'><h1>EU opens new cases</h1><div class='content'>" + paragraphs(3)
            + "</div><div><div class='marketplace'><div class='tintboxinner'>"
            + ("<div class='bold'>Swindon, United Kingdom | Ministry of Defence</div><p>IT Accreditors, Swindon, £24,725: there are positions "
                + "available for the post of IT Accreditors. We are looking for individuals experienced in information technology.</p>").repeat(3)
            + "</div></div></div></div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void commentsThePagePrintsAreStillComments() {
        // interia.pl (2012): the comments' box is also named "print", as the story's is
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            comments.append("<li><div class='postContent'><div class='postText'>Comment ").append(i)
                .append(": the only healthy way to lose weight for good is to change what you eat, and that takes years, not weeks.</div></div></li>");
        }
        ExtractedArticle article = extract("<html><body><div id='content' class='pageMain main'><div class='mainContent'>"
            + "<div class='box articleSingle print'>" + paragraphs(4) + "</div></div><div class='mainSecondary'>"
            + "<div id='commentsList' class='box postsList commentsList commentsBasicList print'><ul>" + comments + "</ul></div></div></div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("lose weight"), article.articleBody());
    }

    @Test
    void aPostsOpeningWrittenWithLineBreaksBeforeItsLiveNotesIsKept() {
        // a Blogger post of 2012: the race's summary written as text, <b> and <br> in a div, then the notes taken during it
        String summary = "Tsegaye Kebede has won the 2012 Chicago Marathon in a course record time of 2:04:38, taking just under a minute "
            + "off the old record.<br><br>So, <b>three Ethiopians on the podium,</b> and the first time in many years that a Kenyan has not "
            + "won.<br><br>Kebede was the class act of the day, and was its aggressor. He went to the front shortly after halfway, while the "
            + "pacemakers were still there.";
        ExtractedArticle article = extract("<html><body><div class='post-body'><div dir='ltr'><b>Chicago 2012</b><br><div>" + summary
            + "</div><div>" + numbered(6, "<p>", " km: the pace may have slowed, but it is still much faster than last year at the same stage.</p>")
            + "</div></div></div></body></html>");
        assertTrue(article.articleBody().contains("three Ethiopians on the podium"), article.articleBody());
        assertTrue(article.articleBody().contains("5. The regional council"), article.articleBody());
    }

    @Test
    void teasersWithACutOffLeadAndAButtonToTheSamePageAreNotBody() {
        // novostimira.com (2012): "Смотрите также:" over boxes named only "search2", each a headline's link, the lead cut off
        // and "Читать новость..." to the same story, in the story's own container
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String story = "http://example.com/news_" + i + ".html";
            teasers.append("<p><div class='search2'><a href='").append(story).append("'><img src='t.jpg'></a><a href='").append(story)
                .append("'><strong>Another story of the site, number ").append(i).append("...</strong></a><br>")
                .append("A long lead of that other story, written out over a few lines before the site cuts it off in the middle of a wor.....")
                .append(" <a href='").append(story).append("'>Читать новость...</a></div></p>");
        }
        ExtractedArticle article = extract("<html><body><div class='content'><h1>Surgeon removes the wrong organ</h1>" + paragraphs(3)
            + "<h3>Смотрите также:</h3>" + teasers + "</div></body></html>");
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void commentsNamedShortAsCommAreComments() {
        // se.pl (2012): <div class="articleComm"> holds readers' picked comments; medikforum.ru names its box "comm-wrapper"
        String comment = "<dl><dt><b>piotr</b> 22.12.2011, 11:21</dt><dd><p>zwierzęta tak jak ludzie powinny być karmione zdrowym "
            + "pożywieniem a nie mączkami z padniętych zwierząt czy ryb, bo szukanie oszczędności kończy się chorobami</p></dd></dl>";
        for (String name : List.of("articleComm", "comm-wrapper")) {
            ExtractedArticle article = extract("<html><body><div class='articleBody'>" + paragraphs(3) + "<div class='" + name + "'>"
                + "<h3>Wybrane komentarze</h3><div>" + comment.repeat(2) + "</div></div></div></body></html>");
            assertEquals(3, article.paragraphs().size(), name + ": " + article.articleBody());
        }
    }

    @Test
    void aLineupsRowsOfLinkedNamesAreDataLikeItsOtherRows() {
        // SB Nation (2012): the players' names link to their pages, so most rows are more link than text
        StringBuilder rows = new StringBuilder("<tr><th>Blue Jays</th><th>Rays</th></tr>"
            + "<tr><td>1. <a href='/players/359'>Rajai Davis</a> (R) LF</td><td>1. <a href='/players/19840'>Sam Fuld</a> (L) LF</td></tr>");
        for (int i = 2; i <= 5; i++) {
            rows.append("<tr><td>").append(i).append(". <a href='/players/9").append(i).append("'>Edwin Encarnacion</a> (R) 1B</td><td>")
                .append(i).append(". <a href='/players/8").append(i).append("'>Evan Longoria</a> (R) DH</td></tr>");
        }
        rows.append("<tr><td> </td><td></td></tr>"); // a spacer row: no line of its own
        ExtractedArticle article = extract("<html><body><article><h1>Blue Jays @ Rays</h1>" + paragraphs(2) + "<table>" + rows
            + "</table></article></body></html>");
        for (int i = 1; i <= 5; i++) {
            assertTrue(article.articleBody().contains(i + ". "), i + ": " + article.articleBody());
        }
        assertFalse(article.articleBody().contains("\n\n\n"), article.articleBody());
    }

    @Test
    void aRoundupsItemsClosedByAButtonToThePageTheyNameAreBody() {
        // delallo.com (2025): each recipe's name links to it, its description is whole, and "Get the recipe" goes there too
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String recipe = "https://example.com/recipe/" + i + "/";
            items.append("<div class='shg-box'><h2><a href='").append(recipe).append("'>").append(i).append(". The best pasta of its kind</a></h2>")
                .append("<p>A comforting, creamy pasta dish that is a total crowd-pleaser, with pancetta, eggs and cheese tossed with bucatini.</p>")
                .append("<a href='").append(recipe).append("'>Get the recipe</a></div>");
        }
        ExtractedArticle article = extract("<html><body><div class='content'><h1>Italian recipes</h1>" + items + "</div></body></html>");
        assertEquals(4, article.articleBody().split("crowd-pleaser", -1).length - 1, article.articleBody());
    }

    @Test
    void structuredDataWrittenInEscapedHtmlIsReadAsText() {
        String body = numbered(3, "&lt;p&gt;", "&lt;/p&gt;&lt;div align=\\\"center\\\"&gt;&lt;img src=\\\"/a.jpg\\\"&gt;&lt;/div&gt;");
        ExtractedArticle article = extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Budget\","
            + "\"articleBody\":\"" + body + "\"}</script></head><body><div id='app'>Loading…</div></body></html>");
        assertEquals(Extraction.STRUCTURED_DATA, article.extraction().strategy());
        assertEquals(3, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("<"), article.articleBody());
        assertEquals(0.9, article.extraction().confidence());
    }

    @Test
    void entitiesAPageWritesIntoItsStructuredDataAreDecoded() {
        // bennadel.com: "headline":"Code Kata&#x3a; Formatting…"; WordPress plugins write "&#8217;" and "&amp;" the same way
        ExtractedArticle article = extract("<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
            + "\"headline\":\"Code Kata&#x3a; Formatting Compound Strings\",\"author\":{\"name\":\"Ben O&#8217;Nadel\"},"
            + "\"articleBody\":\"AT&amp;T said on Monday that it would raise prices for its older plans by five dollars a month.\\n"
            + "The company&#8217;s shares rose by two per cent in early trading in New York after the announcement.\"}</script></head>"
            + "<body><div id='app'>Loading…</div></body></html>");
        assertEquals("Code Kata: Formatting Compound Strings", article.title());
        assertEquals(List.of("Ben O\u2019Nadel"), article.authors());
        assertEquals(List.of("AT&T said on Monday that it would raise prices for its older plans by five dollars a month.",
            "The company\u2019s shares rose by two per cent in early trading in New York after the announcement."), article.paragraphs());
    }

    @Test
    void aListOfDomainsWrittenWithoutSpacesDoesNotOutvoteAnArticleCutIntoSections() {
        // act.org: a hidden list of partner domains, its commas no clauses, against a guide whose sections each sit in a box of their own
        StringBuilder domains = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            domains.append(i == 0 ? "" : ",").append("partner").append(i).append(".example.org");
        }
        String sections = numbered(4, "<div class='container-section'><div class='row'><div class='col'><div class='text-section'><p>",
            "</p></div></div></div></div>");
        ExtractedArticle article = extract("<html><body><div class='content'>" + sections + "</div><div class='partner-domains'>"
            + domains + "</div></body></html>");
        assertEquals(4, article.paragraphs().size(), article.articleBody());
        assertFalse(article.articleBody().contains("example.org"), article.articleBody());
    }

    @Test
    void aListOfTeaserHeadlinesBeforeTheStoryNamesNeitherTheStoryNorWhereItEnds() {
        // a Joomla page: a "most popular" box heads each teaser with an <h1> linking to its story; the story's own heading is no <h1>
        String teasers = "<div class='popular'><h1 class='news-title'><a href='/other-story'>Making the Case on National Security</a></h1>"
            + "<p>A survey shows opportunities for progressives.</p><h1 class='news-title'><a href='/tax-cut'>Democrats Should Want This Debate</a></h1>"
            + "<p>This will be a tough election.</p></div>";
        ExtractedArticle article = extract("<html><head><title>100 Days Out: From Vulnerability to a Wave | Battleground Surveys</title></head>"
            + "<body>" + teasers + "<div class='main'><h2 class='contentheading'>100 Days Out: From Vulnerability to a Wave</h2>" + paragraphs(4)
            + "</div></body></html>");
        assertEquals("100 Days Out: From Vulnerability to a Wave", article.title());
        assertEquals(4, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void aBlogsLogoHeadlineGivesWayToThePostsPermalinkHeadline() {
        // WordPress themes of the 2010s: the blog's name and the post's title are both <h1> links, the post's to its permalink
        ExtractedArticle article = extract("<html><head><title>Literature &amp; typography – a blog on letters</title></head><body>"
            + "<h1><a href='/'>moving letters</a></h1><div class='post'><h1><a href='/2010/05/literature' rel='bookmark'>"
            + "Literature and animated typography</a></h1>" + paragraphs(3) + "</div></body></html>");
        assertEquals("Literature and animated typography", article.title());
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void anH1HiddenFromSightThatSaysTheSitesNameIsNoHeadline() {
        // qdaily.com: the logo's text for screen readers, the only <h1>; the <title> gives the headline beside it
        ExtractedArticle story = extract("<html><head><title>这个约会软件，想用你和对方的相似好恶来帮你找对象 | 好奇心日报</title></head><body>"
            + "<header><img src='/logo.png' alt=''><h1 class='hidden'>好奇心日报</h1></header><article>" + paragraphs(3) + "</article></body></html>");
        assertEquals("这个约会软件，想用你和对方的相似好恶来帮你找对象", story.title());
        // a hidden <h1> that is the headline, which the <title> holds whole, stays the headline
        ExtractedArticle seo = extract("<html><head><title>Rates rise again | The Daily</title></head><body><h1 class='sr-only'>Rates rise"
            + " again</h1><article>" + paragraphs(3) + "</article></body></html>");
        assertEquals("Rates rise again", seo.title());
    }

    @Test
    void aTitleItsCmsEscapedTwiceIsDecoded() {
        // fieldmag.com: content="…Mountaineering&amp;#39;s Soul"; a value that only holds an ampersand stays as it is
        ExtractedArticle escaped = extract("<html><head><meta property='og:title' content='Saving Mountaineering&amp;#39;s Soul'></head>"
            + "<body><article>" + paragraphs(3) + "</article></body></html>");
        assertEquals("Saving Mountaineering's Soul", escaped.title());
        ExtractedArticle ampersand = extract("<html><head><meta property='og:title' content='AT&amp;T &amp; Verizon: prices rise'></head>"
            + "<body><article>" + paragraphs(3) + "</article></body></html>");
        assertEquals("AT&T & Verizon: prices rise", ampersand.title());
    }

    @Test
    void theSiteNamesATitleCarriesGoWhenThePagesHeadlinesShowWhichPartIsTheHeadline() {
        // og:title "Headline | Site | Tagline" with no og:site_name; the story's <h1> says the headline
        ExtractedArticle story = extract("<html><head><meta property='og:title' content='Bielersee-Winterhechte | petri-heil.ch | Dein"
            + " Fischereimagazin'></head><body><article><h1>Bielersee-Winterhechte</h1>" + paragraphs(3) + "</article></body></html>");
        assertEquals("Bielersee-Winterhechte", story.title());
        // the only <h1> is the logo, a link to the home page, and says the site's name
        ExtractedArticle recipe = extract("<html><head><title>Schneewittchen-Kuchen mit Mini-Marshmallows Rezept | LECKER</title></head>"
            + "<body><header><h1><a href='https://www.lecker.de/'>Lecker</a></h1></header><article><h2>Schneewittchen-Kuchen</h2>"
            + paragraphs(3) + "</article></body></html>");
        assertEquals("Schneewittchen-Kuchen mit Mini-Marshmallows Rezept", recipe.title());
        // sina.com.hk uses <h1> as a box and leaves its logo's open: the story sits inside it, and looking at the logo keeps it
        ExtractedArticle boxed = extract("<html><head><title>Samsung tablets in white - Digital</title></head><body>"
            + "<h1><div class='logo'><a href='http://www.sina.com.hk/'><img src='/logo.gif' alt='Sina'></a></div>"
            + "<div id='news_text'>" + paragraphs(3) + "</div></body></html>");
        assertEquals(3, boxed.paragraphs().size(), boxed.articleBody());
        // boingboing.net: after the logo, every box of the side column is an <h1> too; none is the headline the <title> gives
        ExtractedArticle sidebar = extract("<html><head><title>Why the raw cannabis juicing trend may not be all it&#039;s juiced up"
            + " to be - Boing Boing</title></head><body><h1 id='nav'><a href='/'>Boing Boing</a></h1>"
            + "<div class='side'><h1 class='uppercase'>Follow Us: <a href='https://twitter.example/bb'>Twitter</a></h1>"
            + "<h1 class='uppercase'>Subscribe: <a href='/rss'>RSS</a></h1></div>"
            + "<div class='post'><h2>Why the raw cannabis juicing trend may not be all it's juiced up to be</h2>" + paragraphs(3)
            + "</div></body></html>");
        assertEquals("Why the raw cannabis juicing trend may not be all it's juiced up to be", sidebar.title());
        assertEquals(3, sidebar.paragraphs().size(), sidebar.articleBody());
    }

    @Test
    void aSideBoxsHeadlineWrittenBeforeTheStorysIsNotTheTitleWhenThePageTitleNamesTheStory() {
        // health-ua.org: every box is an <h1 class=block-title>, the side column's first; taken as the title, the next box's
        // <h1> of that class looked like a preloaded story and the story after it was cut
        ExtractedArticle article = extract("<html><head><title>В Париже выявлена редкая разновидность вируса | Здоровье Украины</title>"
            + "</head><body><div class='side'><h1 class='block-title'>Новости по теме</h1><ul><li><a href='/a'>Первая новость</a></li>"
            + "<li><a href='/b'>Вторая новость</a></li></ul><h1 class='block-title'>Последние новости</h1><ul><li><a href='/c'>Третья"
            + "</a></li></ul></div><div class='main'><h1 class='block-title'>В Париже выявлена редкая разновидность вируса</h1>"
            + paragraphs(3) + "</div></body></html>");
        assertEquals("В Париже выявлена редкая разновидность вируса", article.title());
        assertEquals(3, article.paragraphs().size(), article.articleBody());
    }

    @Test
    void ofHeadlinesThePageTitleRepeatsTheLongestIsTheTitleWhenTheFirstIsOneWordOfIt() {
        // zoll.de: an <h1> for screen readers with the site's name, one with the section's, then the story's
        ExtractedArticle article = extract("<html><head><title>Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes"
            + "</title></head><body><h1 class='aural'>Zoll</h1><div class='stage'><h1>Fachmeldungen</h1></div><div class='main'>"
            + "<h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>" + paragraphs(3) + "</div></body></html>");
        assertEquals("Verkündung des Tabaksteuermodernisierungsgesetzes", article.title());
    }

    @Test
    void theHeadlineThePageShowsAndItsTitleRepeatIsTheTitleOverASocialTitleNeitherRepeats() {
        // bdzv.de gives every press release the og:title of its section
        String page = "<html><head><title>BDZV: Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen</title>"
            + "<meta property='og:title' content='%s'></head><body><h1>%s</h1>" + paragraphs(3) + "</body></html>";
        ExtractedArticle release = extract(page.formatted("Pressemitteilungen", "Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen"));
        assertEquals("Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen", release.title());
        // a blog whose only <h1> is its name, which the <title> repeats beside the post's: the social title stays
        ExtractedArticle blog = extractor.extract(("<html><head><title>Termine Whisky Tastings 2020 - whiskyverkostung.com</title>"
            + "<meta property='og:title' content='Termine Whisky Tastings Januar bis Mai 2020'></head><body><h1>whiskyverkostung.com</h1>"
            + paragraphs(3) + "</body></html>").getBytes(StandardCharsets.UTF_8), "utf-8", "https://www.whiskyverkostung.com/termine/");
        assertEquals("Termine Whisky Tastings Januar bis Mai 2020", blog.title());
    }

    @Test
    void metadataThatCopiesTheBylineAsShownGivesTheNamesWithoutBy() {
        ExtractedArticle article = extract("<html><head><meta name='author' content='By Glen Owen'></head><body><h1>Food</h1>"
            + paragraphs(3) + "</body></html>");
        assertEquals(List.of("Glen Owen"), article.authors());
        ExtractedArticle named = extract("<html><head><meta name='author' content='Byron Katie'></head><body><h1>Food</h1>"
            + paragraphs(3) + "</body></html>");
        assertEquals(List.of("Byron Katie"), named.authors());
    }

    @Test
    void aLineThatOnlyRestatesTheBylineGoesButTheAuthorsNameInTheTextStays() {
        String page = "<html><head><meta name='author' content='%s'></head><body><article><h1>Best drip coffee makers</h1><p>%s</p>"
            + paragraphs(2) + "<p>%s</p>" + paragraphs(2) + "</article></body></html>";
        ExtractedArticle person = extract(page.formatted("Jane Doe", "By Jane Doe", "Jane Doe tested twelve machines."));
        assertEquals(List.of("Jane Doe"), person.authors());
        assertFalse(person.articleBody().contains("By Jane Doe"), person.articleBody());
        assertTrue(person.articleBody().contains("Jane Doe tested twelve machines."), person.articleBody());
        // a one-word handle: only a line that says little else is a byline; "Kev's pick" and "Kevin" are the story's
        ExtractedArticle handle = extract(page.formatted("Kev", "By Kev", "Kev's pick: the Moccamaster"));
        assertFalse(handle.articleBody().contains("By Kev"), handle.articleBody());
        assertTrue(handle.articleBody().contains("Kev's pick: the Moccamaster"), handle.articleBody());
        ExtractedArticle name = extract(page.formatted("Kev", "Kev", "Kevin Sinnott says so."));
        assertTrue(name.articleBody().contains("Kevin Sinnott says so."), name.articleBody());
    }

    @Test
    void theDateAPageShowsUnderItsHeadlineIsThePublicationDateWhenNoMetadataGivesOne() {
        String page = "<html><head>%s</head><body><h1>Faire Lieferketten</h1><p class='post-meta'>Veröffentlicht am 12. Februar 2020</p>"
            + paragraphs(3) + "</body></html>";
        ExtractedArticle shown = extractor.extract(page.formatted("").getBytes(StandardCharsets.UTF_8), "utf-8", "https://blog.example/lieferketten");
        assertEquals(java.time.Instant.parse("2020-02-12T00:00:00Z"), shown.publishedAt());
        // metadata, and a date in the URL, come first: a shown date has no time and may be a reader's local one
        ExtractedArticle tagged = extractor.extract(page.formatted("<meta property='article:published_time' content='2020-02-11T18:30:00Z'>")
            .getBytes(StandardCharsets.UTF_8), "utf-8", "https://blog.example/lieferketten");
        assertEquals(java.time.Instant.parse("2020-02-11T18:30:00Z"), tagged.publishedAt());
        ExtractedArticle dated = extractor.extract(page.formatted("").getBytes(StandardCharsets.UTF_8), "utf-8", "https://blog.example/2020/02/11/lieferketten");
        assertEquals(java.time.Instant.parse("2020-02-11T00:00:00Z"), dated.publishedAt());
    }

    @Test
    void thePublicationDateIsReadUnderTheNamesOtherSystemsGiveIt() {
        // be.ch writes only <meta name="publication_date">; Parse.ly, Sailthru and library catalogues have their own names
        for (String meta : List.of("<meta name='publication_date' content='2022-02-08T14:00:00Z'>", "<meta name='parsely-pub-date' content='2022-02-08T14:00:00Z'>",
            "<meta name='sailthru.date' content='2022-02-08T14:00:00Z'>", "<meta name='citation_publication_date' content='2022-02-08T14:00:00Z'>")) {
            ExtractedArticle article = extractor.extract(("<html><head>" + meta + "</head><body><h1>Impfen</h1>" + paragraphs(3) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), "utf-8", "https://www.be.ch/de/start/impfen.html");
            assertEquals(java.time.Instant.parse("2022-02-08T14:00:00Z"), article.publishedAt(), meta);
        }
        // Dublin Core's plain date may be the draft's: the date the page shows wins over it
        ExtractedArticle drafted = extractor.extract(("<html><head><meta name='dcterms.date' content='2022-01-21T09:43+01:00'></head><body><h1>Atomkraft</h1>"
            + "<p>25.01.2022</p>" + paragraphs(3) + "</body></html>").getBytes(StandardCharsets.UTF_8), "utf-8", "https://www.umweltbundesamt.de/atomkraft");
        assertEquals(java.time.Instant.parse("2022-01-25T00:00:00Z"), drafted.publishedAt());
    }

    @Test
    void aDateLabelledAsTheDayOfAChangeOrAReadersCommentIsNotThePublicationDate() {
        // the only <time> under the headline is labelled "Updated"; JSON-LD gives none; the URL has the day
        assertEquals(Instant.parse("2018-07-10T00:00:00Z"), page("", "<h1>The Best Cheap Laptops</h1><div>Updated "
            + "<time datetime='2026-01-16T05:00:35Z'>January 16, 2026</time></div>", "https://example.com/2018/07/10/cheap-laptops/").publishedAt());
        // a readers' comment's <time> comes first: the line the post shows is its date
        assertEquals(Instant.parse("2019-08-16T00:00:00Z"), page("", "<h1>Teilchenbeschleuniger</h1><p class='meta'>16.08.2019</p>" + paragraphs(3)
            + "<div class='comment-metadata'><time datetime='2019-08-24T03:36:11+02:00'>24. August 2019</time></div>", "https://resonator-podcast.de/res158/")
            .publishedAt());
        // when the day it was changed is all the page shows, it is the latest day the page vouches for
        assertEquals(Instant.parse("2025-08-01T00:00:00Z"), page("", "<h1>Budgeting</h1><div><strong>Last Updated:</strong></div>"
            + "<div class='blog-info-title info'>August 1, 2025</div>", "https://example.com/budgeting").publishedAt());
    }

    @Test
    void aPageTypedAsAWebPageNotAnArticleIsDatedByItsJsonLd() {
        // Yoast's graph for a page not typed as an article: the WebPage node holds datePublished
        assertEquals(Instant.parse("2018-06-07T10:13:17Z"), page(jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\","
            + "\"name\":\"About Us\",\"datePublished\":\"2018-06-07T10:13:17+00:00\",\"dateModified\":\"2019-12-01T19:06:47+00:00\"}]}"),
            "<h1>About Us</h1>", "https://shabka.org/about-us/").publishedAt());
    }

    @Test
    void whenThePagesDeclarationsOfItsDateDisagreeTheOneItShowsWins() {
        // womenshealth.de: JSON-LD kept an older story's date; article:published_time and the line under the headline agree
        String head = jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Weihnachten\",\"datePublished\":\"2021-12-06 14:36\"}")
            + "<meta property='article:published_time' content='2022-12-15T09:13:00'>";
        String url = "https://www.womenshealth.de/weihnachten";
        assertEquals(Instant.parse("2022-12-15T09:13:00Z"), page(head, "<h1>Weihnachten</h1><div class='article__info-item'>15.12.2022</div>", url)
            .publishedAt());
        // showing neither, the first declaration stands
        assertEquals(Instant.parse("2021-12-06T14:36:00Z"), page(head, "<h1>Weihnachten</h1>", url).publishedAt());
    }

    @Test
    void aPersonalBlogNamedAfterItsWriterKeepsThemAsAuthorButASitesDeskIsNoPerson() {
        // coryd.dev: og:site_name is the writer's name, and <meta name="author"> gives the same name
        assertEquals(List.of("Cory Dransfeldt"), page("<meta property='og:site_name' content='Cory Dransfeldt'><meta name='author' content='Cory Dransfeldt'>",
            "<h1>A brief intro to git</h1>", "https://www.coryd.dev/posts/git").authors());
        // a site named as the author with nobody else named stays out when its name is an organisation's
        assertEquals(List.of(), page("<meta property='og:site_name' content='Clemson News'><meta name='author' content='Clemson News'>",
            "<h1>Research roundup</h1>", "https://news.clemson.edu/research-roundup/").authors());
    }

    @Test
    void aCompanyGivenAsAuthorBesideTheWriterIsNoAuthor() {
        // gizmodo.jp: <meta name="author"> is the publishing company; the byline names the writer
        assertEquals(List.of("Kogure Hisanori"), page("<meta name='author' content='mediagene Inc.'>",
            "<h1>Gashapon goes cashless</h1><span class='author-name'>Kogure Hisanori</span>", "https://www.gizmodo.jp/2019/04/x.html").authors());
        // a company alone is nobody's name, however it is capitalised
        assertEquals(List.of(), page("<meta name='author' content='Acme Widgets Inc.'>", "<h1>New widgets</h1>",
            "https://www.acme.example/news/widgets").authors());
        // Cxense's author tag (rawstory.com) names the writer as Parse.ly's and Sailthru's do
        assertEquals(List.of("Tana Ganeva"), page("<meta content='Tana Ganeva' name='cXenseParse:author'>", "<h1>Six celebrities</h1>",
            "https://www.rawstory.com/2016/12/six-celebrities/").authors());
    }

    @Test
    void theOwnerTheCopyrightLineNamesIsNoAuthor() {
        // pitchfork.com and wired.jp (Condé Nast): <meta name="author"> is the publisher; the byline names the critic
        assertEquals(List.of("Larry Fitzmaurice"), page("<meta name='author' content='Cond&#xE9; Nast'>"
            + "<meta name='copyright' content='Copyright (c) Cond&#xE9; Nast 2022'>", "<h1>Lust for Youth</h1><div class='byline'>"
            + "<span class='byline__name'>By Larry Fitzmaurice</span></div>", "https://pitchfork.com/reviews/albums/lust-for-youth/").authors());
    }

    @Test
    void theWriterALinkPreviewIsGivenIsTheAuthorButAPostingAccountIsNobody() {
        // Yoast SEO: twitter:label1 "Written by" (in the site's language) and the name in twitter:data1, an X handle beside it
        assertEquals(List.of("Williams Perdomo"), page("<meta name='twitter:label1' content='Escrito por'><meta name='twitter:data1' "
            + "content='Williams Perdomo @wperdomod'>", "<h1>Carta</h1>", "https://www.elnacional.com/carta/").authors());
        // the reading time in the same place is no writer
        assertEquals(List.of(), page("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='4 minutes'>",
            "<h1>Carta</h1>", "https://www.elnacional.com/carta/").authors());
        assertEquals(List.of(), page("<meta name='author' content='admin'>", "<h1>Our hours</h1>", "https://example.com/hours").authors());
    }

    @Test
    void aLoginNameGivesWayToTheNameWrittenOutAndAProfilesAddressIsNoName() {
        // libero.pe: <meta name="author"> holds the login; the byline writes the name
        assertEquals(List.of("Edilson La Rosa"), page("<meta name='author' content='edilson.la.rosa'>",
            "<article><h1>Ronaldo</h1><p class='author'>Por Edilson La Rosa</p>" + paragraphs(3) + "</article>", "https://libero.pe/ronaldo").authors());
        // with nothing else, the login is the best the page gives
        assertEquals(List.of("jrobison"), page("<meta name='author' content='jrobison'>", "<h1>WordPress</h1>", "https://example.com/wp").authors());
        assertEquals(List.of(), page("<meta name='author' content='https://em360tech.com/user/megan-leanda-berry'>", "<h1>AI</h1>",
            "https://em360tech.com/ai").authors());
        assertEquals(List.of("Lance Ryan"), page("<meta name='author' content='Lance Ryan (Content Manager)'>", "<h1>AI</h1>",
            "https://example.com/ai").authors());
    }

    @Test
    void theWriterIsReadFromEveryKindOfArticleAWebPageAndOtherSystemsNames() {
        // learningrevolution.net: Yoast types the post a TechArticle
        assertEquals(List.of("Jeff Cobb"), page(jsonLd("{\"@graph\":[{\"@type\":\"TechArticle\",\"headline\":\"Best Online Course Platforms\","
            + "\"author\":{\"name\":\"Jeff Cobb\"}}]}"), "<h1>Best Online Course Platforms</h1>", "https://www.learningrevolution.net/courses/").authors());
        // beehiiv: the post is a WebPage with an author
        assertEquals(List.of("Çelik Nimani"), page(jsonLd("{\"@type\":\"WebPage\",\"author\":{\"@type\":\"Person\",\"name\":\"Çelik Nimani\"}}"),
            "<h1>The world without work</h1>", "https://www.digjitale.com/p/signal-18").authors());
        assertEquals(List.of("Emmet White"), page("<meta name='sailthru.author' content='Emmet White'>", "<h1>SUVs</h1>",
            "https://www.motortrend.com/suvs/").authors());
    }

    @Test
    void aPersonGivenOnlyByTheirGivenAndFamilyNamesIsAnAuthor() {
        // derstandard.at: each author a Person of givenName and familyName, no name
        assertEquals(List.of("Birgit Baumann", "Anna Giulia Fink"), page(jsonLd("{\"@type\":\"NewsArticle\",\"author\":["
            + "{\"@type\":\"Person\",\"familyName\":\"Baumann\",\"givenName\":\"Birgit\"},"
            + "{\"@type\":\"Person\",\"familyName\":\"Fink\",\"givenName\":\"Anna Giulia\"}]}"),
            "<h1>Kalifat-Rufe</h1>", "https://www.derstandard.at/story/1").authors());
    }

    @Test
    void theHeadlineThePageShowsWinsOverItsOwnHeadlineRewrittenForSharing() {
        // a kicker added to og:title ("Chronik: …"), a rewrite of the same words for sharing
        assertEquals("Lotte Tobisch ist tot", titleOf("Chronik: Lotte Tobisch ist tot", "<h1>Lotte Tobisch ist tot</h1>"));
        assertEquals("Der Nervenkrieg um den Brexit geht in die nächste Runde", titleOf("Brexit: Nervenkrieg geht in nächste Runde",
            "<h1>Der Nervenkrieg um den Brexit geht in die nächste Runde</h1>"));
        // a kicker of its own inside the <h1> is not the headline's
        assertEquals("Große Aufgaben für die neue Regierung", titleOf("Große Aufgaben für die neue Regierung",
            "<h1><span class='kicker'>Tunesien</span> Große Aufgaben für die neue Regierung</h1>"));
        // a different headline stays the declared one
        assertEquals("Michael Bloomberg faces questions", titleOf("Michael Bloomberg faces questions", "<h1>As his first debate nears, the past returns</h1>"));
    }

    /** A page of the given head, the given start of its body and three paragraphs of story. */
    private ExtractedArticle page(String head, String bodyStart, String url) {
        return extractor.extract(("<html><head>" + head + "</head><body>" + bodyStart + paragraphs(3) + "</body></html>")
            .getBytes(StandardCharsets.UTF_8), "utf-8", url);
    }

    private static String jsonLd(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    private String titleOf(String ogTitle, String headline) {
        return page("<meta property='og:title' content='" + ogTitle + "'>", headline, "https://example.com/story").title();
    }

    @Test
    void aHeadingsAnchorSpelledFromItsTextNamesNoCommentSection() {
        // pivot.app: a table of contents gives each heading an id spelt from its text, here with the word "comment" in it
        ExtractedArticle article = extract("<html><body><div id='markdown'><h4 id='Getting-Started'>Getting started</h4>" + paragraphs(3)
            + "<h4 id='How-Every-Page,-Database-and-Comment-Finds-Its-Place'>How Every Page, Database and Comment Finds Its Place</h4>"
            + numbered(3, "<p>More, ", "</p>") + "</div></body></html>");
        assertEquals(8, article.paragraphs().size(), article.articleBody());
        assertTrue(article.articleBody().contains("Comment Finds Its Place"), article.articleBody());
    }

    @Test
    void aPageWithoutArticleTextSaysSoWithZeroConfidence() {
        ExtractedArticle article = extract("<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            + "<div class='player' data-src='/v.mp4'></div></body></html>");
        assertEquals(Extraction.NONE, article.extraction().strategy());
        assertEquals(0.0, article.extraction().confidence());
        assertEquals("", article.articleBody());
        assertTrue(article.extraction().doubtful());
    }

    @Test
    void confidenceGrowsWithLengthAndIsDiscountedForTheFallbacks() {
        assertEquals(0.5, Extraction.of(Extraction.MARKUP, Extraction.CONFIDENT_LENGTH / 2).confidence());
        assertEquals(1.0, Extraction.of(Extraction.MARKUP, 10 * Extraction.CONFIDENT_LENGTH).confidence());
        assertEquals(0.7, Extraction.of(Extraction.MARKUP_LENIENT, 10 * Extraction.CONFIDENT_LENGTH).confidence());
        assertTrue(Extraction.of(Extraction.UNFILTERED, 10 * Extraction.CONFIDENT_LENGTH).doubtful());
        assertEquals(Extraction.NONE, Extraction.of(Extraction.MARKUP, 0).strategy());
    }
}
