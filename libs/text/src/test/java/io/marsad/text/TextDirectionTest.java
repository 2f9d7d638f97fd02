package io.marsad.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDirectionTest {

    @Test
    void rightToLeftLanguagesAndTheRest() {
        assertEquals("rtl", TextDirection.of("ar"));
        assertEquals("rtl", TextDirection.of("FA"));
        assertEquals("rtl", TextDirection.of("he"));
        assertEquals("ltr", TextDirection.of("en"));
        assertEquals("ltr", TextDirection.of("ru"));
        assertEquals("ltr", TextDirection.of(""));
        assertEquals("ltr", TextDirection.of(null));
    }
}
