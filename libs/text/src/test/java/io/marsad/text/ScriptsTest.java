package io.marsad.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptsTest {

    @ParameterizedTest
    @CsvSource({
        "التقى الرئيس بوتين بالزعيم كيم in Vostochny, Arab",
        "کیفیت هوای تهران, Arab",
        "Putin met Kim at the cosmodrome, Latn",
        "Путин встретился с Ким Чен Ыном, Cyrl",
        "2024 - 12 / 31, Zyyy",
    })
    void dominantScript(String text, String expected) {
        assertEquals(expected, Scripts.dominant(text));
    }

    /** The counting table gives what Java's own lookup gives, ties and letters outside the common blocks included. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ـــــ كيم",                     // tatweel is a letter of the Common script
        "ab αβ",                         // a tie: the script Java lists first
        "漢字かな カナ 한글",
        "𝒜𝒷𝒸 abc",                      // letters beyond the Basic Multilingual Plane
        "Ün café à Москве, שלום",
    })
    void countsAsJavasOwnLookupDoes(String text) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        String expected = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
            .map(e -> Scripts.iso15924(e.getKey())).orElse("Zyyy");
        assertEquals(expected, Scripts.dominant(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Путин встретился с Ким Чен Ыном | 0.9 | CYRILLIC",
        "Президент Al Rajhi Bank встретился | 0.9 | ",              // 11 of 30 letters Latin: 19 of 30 Cyrillic
        "Президент Al Rajhi Bank встретился | 0.6 | CYRILLIC",
        "2024 - 12 / 31 | 0.5 | ",
    })
    void theScriptOfAShareOfTheLetters(String text, double share, Character.UnicodeScript expected) {
        assertEquals(java.util.Optional.ofNullable(expected), Scripts.holding(text, share));
    }
}
