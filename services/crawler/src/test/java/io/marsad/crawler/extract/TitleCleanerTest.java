package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleCleanerTest {

    @Test
    void aSiteNameTheHeadlineCarriesIsStrippedWhenThePageNamesTheSite() {
        // youm7.com's og:title ends with its og:site_name
        assertEquals("وزير الرى يشهد توقيع عقد دراسة", TitleCleaner.withoutSiteNames("وزير الرى يشهد توقيع عقد دراسة - اليوم السابع",
            List.of("اليوم السابع")));
        // almadenahnews.com's og:title starts with the name its <title> ends with
        String headline = " المدينة نيوز - أميركا :50 الفا حصيلة الوفيات";
        Optional<String> name = TitleCleaner.siteNameIn("أميركا :50 الفا حصيلة الوفيات - المدينة نيوز", headline);
        assertEquals(Optional.of("المدينة نيوز"), name);
        assertEquals("أميركا :50 الفا حصيلة الوفيات", TitleCleaner.withoutSiteNames(headline, List.of(name.get())));
    }

    @Test
    void aHeadlineWithASeparatorOfItsOwnIsLeftWhole() {
        // the <title> is the headline itself: no part of it names the site
        assertEquals(Optional.empty(), TitleCleaner.siteNameIn("Brexit - what next?", "Brexit - what next?"));
        // the <title> adds the site at its end: only that is a name
        assertEquals(Optional.of("BBC"), TitleCleaner.siteNameIn("Brexit - what next? | BBC", "Brexit - what next?"));
        assertEquals("Brexit - what next?", TitleCleaner.withoutSiteNames("Brexit - what next?", List.of("BBC")));
    }

    @Test
    void thePublisherGivenAsTheAuthorIsNoByline() {
        assertTrue(SiteNames.isSite("Sputnik", List.of("Sputnik Arabic"), "https://arabic.sputniknews.com/a/1.html"));
        assertTrue(SiteNames.isSite("akhbarelyom", List.of("بوابة اخبار اليوم"), "https://m.akhbarelyom.com/news/1"));
        assertTrue(SiteNames.isSite("(أبوظبي - البيان)", List.of("البيان"), null));
        assertFalse(SiteNames.isSite("Lida Buslaeva", List.of("WDay.ru"), "https://www.wday.ru/articles/1"));
        assertFalse(SiteNames.isSite("Troy L. Smith, Cleveland.com", List.of("cleveland", "Cleveland.com"), "https://www.cleveland.com/a"));
        assertFalse(SiteNames.isSite("Finian Cunningham. Sputnik International", List.of("Sputnik International"), null));
        assertFalse(SiteNames.isSite("Ana", List.of("Anadolu Agency"), null), "a short name inside the site's is letters, not the site");
    }
}
