package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShownDateTest {

    private static Optional<Instant> day(String iso) {
        return Optional.of(Instant.parse(iso + "T00:00:00Z"));
    }

    @Test
    void datesAreReadAsTheLanguagesWriteThem() {
        assertEquals(day("2020-01-29"), ShownDate.parse("Veröffentlicht am 29. Januar 2020", "de"));
        assertEquals(day("2018-10-09"), ShownDate.parse("Posted on October 9th, 2018 by Richard", "en"));
        assertEquals(day("2020-05-07"), ShownDate.parse("7 mai 2020", "fr"));
        assertEquals(day("2019-06-13"), ShownDate.parse("13 de junio de 2019", "es"));
        assertEquals(day("2020-02-19"), ShownDate.parse("19 февраля 2020 г.", "ru"));
        assertEquals(day("2022-01-22"), ShownDate.parse("22.01.2022, 09:47 Uhr", "de"));
        assertEquals(day("2019-12-29"), ShownDate.parse("2019-12-29", null));
        // a slash with the month first on English pages, the day first elsewhere
        assertEquals(day("2020-01-04"), ShownDate.parse("01/04/2020", "en"));
        assertEquals(day("2020-04-01"), ShownDate.parse("01/04/2020", "pt"));
        assertEquals(day("2020-01-29"), ShownDate.parse("29/01/2020", "en"));
        // the year first: Japanese and Chinese, Korean, and the dotted and slashed forms of East Asian pages
        assertEquals(day("2019-04-21"), ShownDate.parse("2019年04月21日 12時00分", "ja"));
        assertEquals(day("2019-03-05"), ShownDate.parse("2019년 3월 5일", "ko"));
        assertEquals(day("2019-03-05"), ShownDate.parse("EL34-194 2019.03.05", "ja"));
        assertEquals(day("2019-02-16"), ShownDate.parse("投稿日：2019/02/16", "ja"));
    }

    @Test
    void aLineWithoutADateOrAboutAChangeGivesNone() {
        assertEquals(Optional.empty(), ShownDate.parse("23:08", "de"));
        assertEquals(Optional.empty(), ShownDate.parse("Januar 2022", "de"));
        assertEquals(Optional.empty(), ShownDate.parse("This page was last modified on 4 November 2020, at 19:23.", "en"));
        assertEquals(Optional.empty(), ShownDate.parse("31.02.2020", "de"));
        assertEquals(Optional.empty(), ShownDate.parse("Call 0800 12 2020 today", "en"));
    }

    @Test
    void theDateUnderTheHeadlineIsTheStorysNotTheSidebarsOrTheFooters() {
        String html = "<html><body><aside><span class='date'>3. März 2021</span></aside>"
            + "<div class='recent'><p class='post-date'>02.03.2021</p></div><h1>Bohren, bis es heiß wird</h1>"
            + "<p class='meta'>Von Anna Muster | 16.10.2019</p><p>Text.</p><div class='comment'><span class='date'>17.10.2019</span></div>"
            + "<footer><span class='date'>Stand: 01.01.2022</span></footer></body></html>";
        assertEquals(day("2019-10-16"), ShownDate.find(Jsoup.parse(html), "de"));
        // without a headline, the first shown date outside the page's furniture
        assertEquals(day("2021-03-02"), ShownDate.find(Jsoup.parse(html.replace("<h1>Bohren, bis es heiß wird</h1>", "")), "de"));
        assertEquals(Optional.empty(), ShownDate.find(Jsoup.parse("<html><body><h1>Title</h1><p>No date here.</p></body></html>"), "en"));
    }

    @Test
    void aLineThatSaysItsDateIsThePublicationsOrANameInCamelCaseShowsIt() {
        // resonator-podcast.de: a plain paragraph after the player; guillaume-gomez.fr: "Posted on the 15/12/2025"
        assertEquals(day("2019-08-16"), ShownDate.find(Jsoup.parse("<html><body><h1>Teilchenbeschleuniger</h1><p>" + "Text. ".repeat(30)
            + "</p><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p></body></html>"), "de"));
        assertEquals(day("2025-12-15"), ShownDate.find(Jsoup.parse("<html><body><h1>Rust GCC backend</h1><p>" + "Text. ".repeat(30)
            + "</p><div>Posted on the 15/12/2025 at 19:00 by <a href='/'>@GuillaumeGomez</a></div></body></html>"), "en"));
        // CSS modules: "Author_publicationTime__F2lab"
        assertEquals(day("2022-11-23"), ShownDate.find(Jsoup.parse("<html><body><h1>Climate</h1><p>" + "Text. ".repeat(30)
            + "</p><span class='Author_publicationTime__F2lab'>23 November 2022</span></body></html>"), "en"));
        // a word that only begins a sentence is no such label
        assertEquals(Optional.empty(), ShownDate.find(Jsoup.parse("<html><body><h1>Climate</h1><p>" + "Text. ".repeat(30)
            + "</p><p>Posted letters reached 2 million in 2020.</p></body></html>"), "en"));
    }

    @Test
    void aLineWithThePublicationAndThenTheChangeGivesThePublication() {
        // cherryservers.com: both days in one short line under the headline; "Updated" alone gives the day only as a last resort
        String html = "<html><body><h1>Private Cloud Providers</h1><div><span>Published on Oct 21, 2025</span> <span>Updated on Mar 9, 2026</span>"
            + "</div><p>" + "Text. ".repeat(30) + "</p></body></html>";
        assertEquals(day("2025-10-21"), ShownDate.findPublished(Jsoup.parse(html), "en"));
        assertEquals(Optional.empty(), ShownDate.findPublished(Jsoup.parse(html.replace("<span>Published on Oct 21, 2025</span>", "")), "en"));
        assertEquals(day("2026-03-09"), ShownDate.find(Jsoup.parse(html.replace("<span>Published on Oct 21, 2025</span>", "")), "en"));
    }

    @Test
    void aShortLineRightUnderTheHeadlineGivesTheDateWhateverItsName() {
        // jugend-forscht.de, bundespolizei.de: no class says "date", but the line under the <h1> is the date line
        assertEquals(day("2021-11-02"), ShownDate.find(Jsoup.parse("<html><body><h1>MINT-Talente präsentieren Ideen</h1>"
            + "<p class='news-subtitle'><span>Hamburg, 2. November 2021</span></p><p>" + "Text des Beitrags. ".repeat(10) + "</p></body></html>"), "de"));
        assertEquals(day("2021-11-10"), ShownDate.find(Jsoup.parse("<html><body><h1>Bereits 9.087 Feststellungen</h1>"
            + "<p><em>10.11.2021</em></p><p>Bis Ende Oktober …</p></body></html>"), "de"));
        // once the story's text has begun, a date in a short line is one the story tells of, not its own
        assertEquals(Optional.empty(), ShownDate.find(Jsoup.parse("<html><body><h1>Konzertsaison</h1><p>" + "Der Chor probt. ".repeat(10)
            + "</p><p>Premiere am 12.05.2022</p></body></html>"), "de"));
    }

    @Test
    void withoutAnH1TheHeadlineIsTheLineTheTitleRepeatsAndItsDateLineIsUnderIt() {
        // sina.com.cn, 2005: the headline in a table's <th>, the date line in the next row, named nothing; a list of
        // other stories' dates before it
        String html = "<html><head><title>四年前中500万现穷困潦倒 一夜暴富后如何经营_产业资讯_新浪网</title></head><body>"
            + "<table><tr><td class='list'>2005-03-20 另一条新闻</td></tr></table><table><tr><th><font>四年前中500万现穷困潦倒 一夜暴富后如何经营</font></th></tr>"
            + "<tr><td>http://www.sina.net 2005年03月21日 11:21 《理财周刊》</td></tr><tr><td>" + "正文。".repeat(60) + "</td></tr></table></body></html>";
        assertEquals(day("2005-03-21"), ShownDate.find(Jsoup.parse(html), "zh"));
        // a site's name as the <h1>, the story's headline an <h2> the title repeats
        assertEquals(day("2022-02-13"), ShownDate.find(Jsoup.parse("<html><head><title>土豆不“土” 土豆无“土” 松花江网</title></head><body>"
            + "<h1>松花江网</h1><ul><li>首页</li><li>新闻</li><li>2022-01-01 专题</li></ul><h2>土豆不“土” 土豆无“土”</h2>"
            + "<div><span>2022-02-13 09:57 光明网</span></div><p>" + "正文。".repeat(60) + "</p></body></html>"), "zh"));
    }

    @Test
    void aChineseLabelSaysTheLinesDateIsThePublications() {
        // blog.csdn.net, 2004: "发表于 2004年12月27日 12:40" in the post's footer; then the readers' comments' dates
        assertEquals(day("2004-12-27"), ShownDate.find(Jsoup.parse("<html><body><h1>李建忠</h1><div class='post'><p>" + "正文。".repeat(60)
            + "</p><p class='postfoot'>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p></div>"
            + "<div id='comments'><h4><span>2004-12-28 12:46</span></h4></div></body></html>"), "zh"));
    }
}
