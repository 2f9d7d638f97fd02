package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The container finder's stages alone: who votes and for what, and what counts as a link to another story. */
class VotesTest {

    private static final String SENTENCE = "The council met on Tuesday, and after a long debate, it voted to keep the library open. ";

    @Test
    void theElementWhoseParagraphsWriteTheMostProseWins() {
        Document page = Jsoup.parse("<div id=side><p>" + SENTENCE + "</p></div>"
            + "<div id=story><p>" + SENTENCE.repeat(3) + "</p><p>" + SENTENCE.repeat(2) + "</p></div>");
        Votes votes = Votes.cast(page.body(), Set.of());

        assertEquals("story", votes.best().element().id());
        assertEquals(votes.scoreOf(page.getElementById("story")), votes.best().score(), 1e-9);
        assertEquals(3, votes.voters().size());
        assertTrue(votes.scoreOf(page.getElementById("story")) > votes.scoreOf(page.getElementById("side")));
        assertEquals(0, votes.scoreOf(page.body().appendElement("div")), 1e-9, "no paragraph voted for it");
    }

    @Test
    void aListOfLinksDoesNotVoteUnlessItWritesAParagraphOfItsOwnBetweenThem() {
        String links = "<a href=/a>First headline of the day</a>, <a href=/b>Second headline of the day</a>, "
            + "<a href=/c>Third headline of the day</a>, <a href=/d>Fourth headline of the day</a>";
        Document listOnly = Jsoup.parse("<div id=links><p>" + links + "</p></div>");
        assertNull(Votes.cast(listOnly.body(), Set.of()).best());

        // an index of a blog's posts, mostly links, with a paragraph's worth of the writer's own words between them
        Document index = Jsoup.parse("<div id=index><p>" + SENTENCE.repeat(8) + (links + ", ").repeat(8) + "</p></div>");
        Votes votes = Votes.cast(index.body(), Set.of());
        assertEquals("index", votes.best().element().id());
        int ownWords = votes.voters().getFirst().length();
        assertTrue(ownWords >= SENTENCE.repeat(8).strip().length() && ownWords * 2 < index.getElementById("index").text().length(),
            "it votes by its own words, not its links: " + ownWords);
    }

    @Test
    void aFootersNoticeAndTheBlocksSetApartCastNoVote() {
        Document page = Jsoup.parse("<div id=footer><p>© 2024 Example News Ltd, 1 Main Street, Springfield, all rights reserved, "
            + "registered in England, company number 123456, VAT number 987654</p></div>"
            + "<div id=teasers><p>" + SENTENCE.repeat(3) + "</p></div><div id=story><p>" + SENTENCE + "</p></div>");
        Votes votes = Votes.cast(page.body(), Set.of(page.getElementById("teasers")));

        assertEquals("story", votes.best().element().id());
        assertEquals(1, votes.voters().size());
    }

    @Test
    void aHeadlineLinkIsALinkAloneInWhatHoldsItToAnotherPage() {
        Element teasers = Jsoup.parse("<ul><li><a href=/one>A first story's headline, linked</a></li>"
            + "<li><a href=/two>A second story's headline, linked</a></li></ul>").body();
        Element contents = Jsoup.parse("<ul><li><a href=#one>A first section of this guide</a></li>"
            + "<li><a href=#two>A second section of this guide</a></li></ul>").body();
        Element prose = Jsoup.parse("<p>Read <a href=/one>what the council decided last week</a> before the vote.</p>").body();

        assertTrue(HeadlineLinks.atLeast(teasers, 2));
        assertTrue(!HeadlineLinks.atLeast(teasers, 3));
        assertTrue(!HeadlineLinks.any(contents), "a table of contents links this page's own headings");
        assertTrue(!HeadlineLinks.any(prose), "a link inside a sentence is the sentence's");
    }
}
