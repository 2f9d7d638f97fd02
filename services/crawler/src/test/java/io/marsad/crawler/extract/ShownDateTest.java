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
}
