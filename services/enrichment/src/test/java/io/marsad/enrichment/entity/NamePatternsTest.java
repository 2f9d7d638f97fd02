package io.marsad.enrichment.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamePatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال وزير الموارد الطبيعية الروسي ألكسندر كوزلوف إن | ألكسندر كوزلوف",
        "استقبل الرئيس الكيني ويليام روتو الوفد | ويليام روتو",
        "Foreign Minister Penny Wong said on Monday | Penny Wong",
        "President Emmanuel Macron met | ''",
        "selon le ministre des Affaires étrangères Jean-Noël Barrot, la France | Jean-Noël Barrot",
        "заявил министр обороны Андрей Белоусов в понедельник | Андрей Белоусов",
        "الرئيس الروسي فلاديمير بوتين | ''",
    })
    void proposesUnknownNamesAfterTitles(String text, String expected) {
        List<String> proposals = NamePatterns.propose(text, EntityMatcherTest.MATCHER);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), proposals);
    }
}
