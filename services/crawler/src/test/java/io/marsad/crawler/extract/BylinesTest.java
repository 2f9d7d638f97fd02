package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BylinesTest {

    private static List<String> bylines(String body) {
        return Bylines.in(Jsoup.parse("<html><body class='single comments-open content-sidebar'>" + body + "</body></html>"));
    }

    @Test
    void aBlogThemesAuthorMarkupNamesTheAuthorWithoutTheWordsAroundIt() {
        // WordPress: hCard in the post's own footer, the <body> named after comments and the layout's side column
        assertEquals(List.of("Andreas Kalt"), bylines("<div class='content-sidebar-wrap'><article class='post hentry'><h1>Fünfzehn Jahre</h1>"
            + "<p>Text des Beitrags.</p><footer class='entry-meta'><span class='byline'><span class='author vcard'>"
            + "<a class='url fn n' href='https://blog.example/author/retemirabile/'>Andreas Kalt</a></span></span></footer></article></div>"));
        assertEquals(List.of("Cem Basman"), bylines("<article><a href='https://blog.example/author/cem/' rel='author'>"
            + "Zeige alle Beiträge von Cem Basman</a></article>"));
        // a link to the author's archive, with the words a byline puts before the name
        assertEquals(List.of("Tim Anderson"), bylines("<h1>The loneliest woman</h1><address><a href='/author/tanderson/'>By Tim Anderson</a>"
            + "</address>"));
    }

    @Test
    void anElementNamedAfterTheBylineGivesTheNameItHoldsAndNotTheLabelsBesideIt() {
        // the innermost element that holds a name: the box around it also says the author's job
        assertEquals(List.of("Liz Kenny"), bylines("<article><h1>Case interviews</h1><div class='author-box'><span class='author-name'>Liz Kenny"
            + "</span> <span class='author-title'>Former McKinsey Consultant</span></div><p>Text.</p></article>"));
        // a label alone is no name; after the name, a link of another kind ("see all") is no co-author
        assertEquals(List.of("Sara Brown"), bylines("<article><div class='byline'><span class='byline-prefix'>By</span> "
            + "<span class='author-name'>Sara Brown -</span> <a class='author-more' href='/authors/sara-brown'>see all</a></div></article>"));
        assertEquals(List.of("Andri Bryner"), bylines("<article><span class='news-list-author'>Erstellt von Andri Bryner</span></article>"));
        // "By" set apart by markup alone, no space (247sports.com); a name that begins with "By" keeps it
        assertEquals(List.of("Travis Haney"), bylines("<article><h1>Houston hires a coach</h1><div class='article-cnt__meta'>"
            + "<a href='/User/TravisHaney/' class='article-cnt__author'><span>By</span>Travis Haney</a></div><p>Text.</p></article>"));
        assertEquals(List.of("Byron York"), bylines("<article><span class='author-name'>Byron York</span></article>"));
    }

    @Test
    void aBylineLineThatSaysMoreNamesTheWriterItLinksFirst() {
        // phoronix.com: the author's box holds the whole line, the name linked after the lead words
        assertEquals(List.of("Michael Larabel"), bylines("<article><h1>Steam's Linux share</h1><div class='author'>Written by "
            + "<a href='https://www.michaellarabel.com/'>Michael Larabel</a> in <a href='/linux/Valve'>Valve</a> on 1 June 2019 at 08:34 AM EDT."
            + " <a href='#comments'>33 Comments</a></div><p>Text.</p></article>"));
        // a line that does not open with lead words gives no name from its links
        assertEquals(List.of(), bylines("<article><div class='author-links'><a href='/a'>Michael Larabel</a> and 33 others liked this on"
            + " 1 June 2019</div></article>"));
    }

    @Test
    void coAuthorsMarkedUpAsTheOneNamedAfterTheBylineAreNamedToo() {
        // nytimes.com: each author <span itemprop="name">, only the last one class="last-byline"
        assertEquals(List.of("Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"), bylines("<article><h1>Arrested</h1>"
            + "<p><span class='byline-prefix'>By </span><span class='css-1baulvz' itemprop='name'><a href='/by/marc-santora'>Marc Santora</a>,"
            + "&nbsp;</span><span class='css-1baulvz' itemprop='name'><a href='/by/william-k-rashbaum'>William K. Rashbaum</a>,&nbsp;</span>"
            + "<span class='css-1baulvz' itemprop='name'><a href='/by/al-baker'>Al Baker</a></span> and <span class='css-1baulvz last-byline'"
            + " itemprop='name'><a href='/by/adam-goldman'>Adam Goldman</a></span></p><p>The man who the police said…</p></article>"));
    }

    @Test
    void namesInCommentsSideColumnsAndOtherStoriesAreNoByline() {
        String sideColumn = "<div id='secondary' class='widget-area'><ul id='recentcomments'><li><span class='comment-author-link'>"
            + "<a class='url' rel='author' href='https://reader.example/'>Schreiberling</a></span></li></ul></div>";
        String story = "<article class='post'><h1>Staatsanwaltschaft hat Beweise</h1><div class='post-meta'>von "
            + "<a href='/author/reineckefuchs/' rel='author'>reineckefuchs</a> und <a href='/author/jan-beispiel/' rel='author'>Jan Beispiel</a>"
            + "</div><p>Text.</p></article>";
        String comments = "<ol class='comment-list'><li><cite class='fn'><a rel='author' href='/author/leser/'>Ein Leser</a></cite></li></ol>";
        String teaser = "<div class='more'><article><a href='/author/other-writer/' rel='author'>Other Writer</a></article></div>";
        assertEquals(List.of("reineckefuchs", "Jan Beispiel"), bylines(sideColumn + story + comments + teaser));
        // links under /aut… that lead to no author's archive, and texts no name is made of, are left
        assertEquals(List.of(), bylines("<article><a href='/autos/neuwagen/'>Neuwagen</a>"
            + "<span class='byline'><span class='author'>Posted on 12 May 2020</span></span></article>"));
    }

    @Test
    void aBylineWrittenAsALineOfTextNamesItsAuthors() {
        assertEquals(List.of("Margarita Koreneva"), inText("<p><strong>Vegetarier zu sein</strong></p><p>Blog Beitrag von Margarita Koreneva</p>"));
        assertEquals(List.of("Uta Staschewski"), inText("<p>Text.</p><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS.</strong></p>"));
        assertEquals(List.of("Roland Brockmann", "Sebastian Drescher"), inText("<p>Von Roland Brockmann und Sebastian Drescher</p>"));
        assertEquals(List.of("Jose de la Cruz"), inText("<div class='wrote_by'>By&nbsp;<a href='/reporters/jose-de-la-cruz'>Jose de la Cruz</a></div>"));
        assertEquals(List.of("محمد علي"), inText("<p>بقلم: محمد علي</p>"));
        // abc13.com: the lead word in a span of its own, the style spacing it from the name ("ByAlex Bozarjian" as text)
        assertEquals(List.of("Alex Bozarjian"), inText("<div><span class='tChG'>By</span><span><a href='/about/newsteam/alex-bozarjian'>"
            + "Alex Bozarjian</a></span></div><div>Thursday, November 9, 2023 4:41AM</div>"));
        // a word that only begins like a lead word is no lead: "Byron" is a name
        assertEquals(List.of(), inText("<div><span>Byron</span><span>Katie Holmes</span></div>"));
    }

    @Test
    void aLabelOnALineOfItsOwnNamesTheAuthorInTheNextLine() {
        // socialshepherd.com: "Written by" above the name; a box of an author's profile headed "Author"
        assertEquals(List.of("Jack Shepherd"), inText("<div class='text-gray-400'> Written by</div><div class='text-xl'>Jack Shepherd</div>"
            + "<div>Hi! I'm Jack, Co-Founder of Social Shepherd.</div>"));
        assertEquals(List.of("Lisa Ellis"), inText("<div><h3>Author</h3><p> Lisa Ellis</p></div>"));
        // the next line must be a name, not a team or a sentence
        assertEquals(List.of(), inText("<div><h3>Author</h3><p>The Content Team</p></div>"));
        assertEquals(List.of(), inText("<div><h3>Author</h3><p>Please sign in to comment.</p></div>"));
    }

    @Test
    void creditsSentencesAndSiteLinesAreNoTextByline() {
        assertEquals(List.of(), inText("<figure><img src='a.jpg'><figcaption>By U.S. Customs and Border Protection</figcaption></figure>"
            + "<span class='video-credit'>By Associated Press</span><p>Photo by Jane Doe</p><p>Powered by Word Press</p>"
            + "<p>Von Berlin aus fährt der Zug nach Hamburg.</p>"));
    }

    private static List<String> inText(String body) {
        return Bylines.inText(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }
}
