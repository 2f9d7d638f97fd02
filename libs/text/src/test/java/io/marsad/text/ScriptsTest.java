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
}
