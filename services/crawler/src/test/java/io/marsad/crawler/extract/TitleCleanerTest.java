package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleCleanerTest {

    @Test
    void aSiteNameTheHeadlineCarriesIsStrippedWhenThePageNamesTheSite() {
        // youm7.com's og:title ends with the og:site_name; almadenahnews.com's starts with the name its <title> ends with
        assertEquals("وزير الرى يشهد توقيع عقد دراسة", TitleCleaner.withoutKnownSiteName("وزير الرى يشهد توقيع عقد دراسة - اليوم السابع",
            List.of("اليوم السابع"), "وزير الرى يشهد توقيع عقد دراسة - اليوم السابع"));
        assertEquals("أميركا :50 الفا حصيلة الوفيات", TitleCleaner.withoutKnownSiteName(" المدينة نيوز - أميركا :50 الفا حصيلة الوفيات",
            Arrays.asList(null, null), "أميركا :50 الفا حصيلة الوفيات - المدينة نيوز"));
    }

    @Test
    void aHeadlineWithASeparatorOfItsOwnIsLeftWhole() {
        // the <title> is the headline itself: no part of it names the site
        assertEquals("Brexit - what next?", TitleCleaner.withoutKnownSiteName("Brexit - what next?", List.of(), "Brexit - what next?"));
        // the <title> adds the site at its end: only that is a name
        assertEquals("Brexit - what next?", TitleCleaner.withoutKnownSiteName("Brexit - what next?", List.of(), "Brexit - what next? | BBC"));
        assertEquals("Brexit - what next?", TitleCleaner.withoutKnownSiteName("Brexit - what next? | BBC", List.of("BBC"), "Brexit - what next? | BBC"));
    }
}
