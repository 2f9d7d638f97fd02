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
    void aSiteNameIsKnownHoweverThePageSpellsItAndMayHoldAMarkOfItsOwn() {
        // og:site_name "lastampa.it", the title says "La Stampa"; the host's name ends a title too
        assertEquals("Perturbazione polare al Centro e al Sud", TitleCleaner.withoutSiteNames(
            "Perturbazione polare al Centro e al Sud - La Stampa", List.of("lastampa.it")));
        assertEquals("Wärmepumpe im Altbau - Wann es sich lohnt", TitleCleaner.withoutSiteNames(
            "Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de", List.of("www.heizung.de")));
        assertEquals("Energy Rising - 33 Tage Yoga Challenge", TitleCleaner.withoutSiteNames(
            "Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga Lifestyle", List.of("Mady Morrison - Yoga Lifestyle")));
        // a name that is only like the end stays: "Stampa" is not "La Stampa"
        assertEquals("Una mostra - Stampa", TitleCleaner.withoutSiteNames("Una mostra - Stampa", List.of("La Stampa")));
        // a mark left dangling where a CMS wrote an empty site name goes, a closing quote stays
        assertEquals("Pferdesport definitiv bei Olympia 2028 dabei", TitleCleaner.withoutDanglingMark("Pferdesport definitiv bei Olympia 2028 dabei -"));
        assertEquals("« Les privatisations »", TitleCleaner.withoutDanglingMark("« Les privatisations »"));
    }

    @Test
    void aSiteNameAfterAPipeIsKnownWrittenShorterOrLongerOrByAWordOfTheHost() {
        assertEquals("Puppy Behavior and Training Basics", TitleCleaner.withoutSiteNames(
            "Puppy Behavior and Training Basics  | VCA Animal Hospitals", List.of("Vca")));
        assertEquals("Website Design Portfolio", TitleCleaner.withoutSiteNames(
            "Website Design Portfolio | Thrive Internet Marketing", List.of("Thrive Internet Marketing Agency")));
        assertEquals("API documentation best practices guide", TitleCleaner.withoutSiteNames(
            "API documentation best practices guide | Fern", List.of("buildwithfern.com")));
        // only the last part after a pipe, and only a name it begins or a word of the host: a headline's own part stays
        assertEquals("Fern | The plant that survived the dinosaurs", TitleCleaner.withoutSiteNames(
            "Fern | The plant that survived the dinosaurs", List.of("buildwithfern.com")));
        assertEquals("Review | Thrillers of the year", TitleCleaner.withoutSiteNames(
            "Review | Thrillers of the year", List.of("Thrive Internet Marketing Agency")));
        assertEquals("Oil prices | Markets", TitleCleaner.withoutSiteNames("Oil prices | Markets", List.of("www.reuters.com")));
    }

    @Test
    void chineseAndJapaneseTitlesAreCutAtTheUnderscoreBetweenTheirWords() {
        // qdaily.com: "headline_section_site", no spaces; an underscore between Latin letters is part of a word
        assertEquals("这个约会软件，想用你和对方的相似好恶来帮你找对象",
            TitleCleaner.withoutSiteName("这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报", null));
        assertEquals("Why snake_case beats camelCase in shell scripts", TitleCleaner.withoutSiteName("Why snake_case beats camelCase in shell scripts", null));
    }

    @Test
    void aHeadlineWithASeparatorOfItsOwnIsLeftWhole() {
        // the <title> is the headline itself: no part of it names the site
        assertEquals(Optional.empty(), TitleCleaner.siteNameIn("Brexit - what next?", "Brexit - what next?"));
        // the <title> adds the site at its end: only that is a name
        assertEquals(Optional.of("BBC"), TitleCleaner.siteNameIn("Brexit - what next? | BBC", "Brexit - what next?"));
        assertEquals("Brexit - what next?", TitleCleaner.withoutSiteNames("Brexit - what next?", List.of("BBC")));
        // we-dwoje.pl marks its section with ">", which is no separator: the headline's own " - " is, and its start no site name
        assertEquals(Optional.empty(), TitleCleaner.siteNameIn("Erotyczna wycieczka - dokąd się wybrać? > Z nutą szaleństwa",
            "Erotyczna wycieczka - dokąd się wybrać?"));
    }

    @Test
    void partsOfTheTitleThePagesOwnHeadlineLeavesOutGo() {
        // the site and its tagline, named nowhere else; the <h1> says the headline
        assertEquals("Bielersee-Winterhechte", TitleCleaner.withoutPartsBeside("Bielersee-Winterhechte | petri-heil.ch | Dein Fischereimagazin",
            List.of("Bielersee-Winterhechte"), List.of()));
        // a section before the headline, and marks without spaces around them in Chinese titles
        assertEquals("So lief die Auktion", TitleCleaner.withoutPartsBeside("Kücknitz - So lief die Auktion", List.of("So lief die Auktion"), List.of()));
        assertEquals("武汉的声音：有英勇的你，才有英雄的城！", TitleCleaner.withoutPartsBeside("武汉的声音：有英勇的你，才有英雄的城！-新华网",
            List.of("武汉的声音：有英勇的你，才有英雄的城！"), List.of()));
        assertEquals("蔡健雅", TitleCleaner.withoutPartsBeside("蔡健雅_百度百科", List.of("蔡健雅"), List.of()));
        // the <h1> is the site's logo: the other side is the headline
        assertEquals("Schneewittchen-Kuchen mit Mini-Marshmallows Rezept", TitleCleaner.withoutPartsBeside(
            "Schneewittchen-Kuchen mit Mini-Marshmallows Rezept | LECKER", List.of(), List.of("Lecker")));
    }

    @Test
    void aTitleThePagesHeadlineDoesNotSplitStaysWhole() {
        // a hyphen inside words, a colon before a kicker's headline, an <h1> that is all of the title or none of it
        assertEquals("End-to-End Tests", TitleCleaner.withoutPartsBeside("End-to-End Tests", List.of("End"), List.of()));
        assertEquals("Brexit: what happens next", TitleCleaner.withoutPartsBeside("Brexit: what happens next", List.of("Brexit"), List.of()));
        assertEquals("Brexit - what next?", TitleCleaner.withoutPartsBeside("Brexit - what next?", List.of("Brexit - what next?"), List.of()));
        assertEquals("Budget passed | Daily", TitleCleaner.withoutPartsBeside("Budget passed | Daily", List.of("Other story"), List.of()));
    }

    @Test
    void thePublisherGivenAsTheAuthorIsNoByline() {
        assertTrue(SiteNames.isSite("Sputnik", List.of("Sputnik Arabic"), "https://arabic.sputniknews.com/a/1.html"));
        assertTrue(SiteNames.isSite("akhbarelyom", List.of("بوابة اخبار اليوم"), "https://m.akhbarelyom.com/news/1"));
        assertTrue(SiteNames.isSite("(أبوظبي - البيان)", List.of("البيان"), null));
        assertTrue(SiteNames.isSite("LAOLA1.at", List.of(), "https://www.laola1.at/de/red/fussball/1.html")); // the host itself
        assertFalse(SiteNames.isSite("Lida Buslaeva", List.of("WDay.ru"), "https://www.wday.ru/articles/1"));
        assertFalse(SiteNames.isSite("Troy L. Smith, Cleveland.com", List.of("cleveland", "Cleveland.com"), "https://www.cleveland.com/a"));
        assertFalse(SiteNames.isSite("Finian Cunningham. Sputnik International", List.of("Sputnik International"), null));
        assertFalse(SiteNames.isSite("Ana", List.of("Anadolu Agency"), null), "a short name inside the site's is letters, not the site");
    }
}
