package io.marsad.enrichment.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamePatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال وزير الموارد الطبيعية الروسي ألكسندر كوزلوف إن | ألكسندر كوزلوف",
        "استقبل وزير الخارجية الكيني موساليا مودافادي الوفد | موساليا مودافادي",
        "Foreign Minister Winston Peters said on Monday | Winston Peters",
        "President Emmanuel Macron met | ''",
        "selon le ministre des Affaires étrangères Maxime Prévot, la Belgique | Maxime Prévot",
        "заявил министр обороны Ханно Певкур в понедельник | Ханно Певкур",
        "الرئيس الروسي فلاديمير بوتين | ''",
    })
    void proposesUnknownNamesAfterTitles(String text, String expected) {
        List<String> proposals = NamePatterns.propose(text, EntityMatcherTest.MATCHER);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), proposals);
    }
}
