package io.marsad.dashboard.service;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberFormatsTest {

    @Test
    void countsAreGroupedAsTheInterfacesLanguageWritesThem() {
        assertEquals("1,234,567", NumberFormats.grouped(1_234_567L, Locale.ENGLISH));
        assertEquals("1,234,567", NumberFormats.grouped(1_234_567L, (Object) null), "English when the page has no locale");
        String arabic = NumberFormats.grouped(1_234_567L, Locale.forLanguageTag("ar"));
        assertTrue(arabic.equals("1,234,567") || arabic.equals("١٬٢٣٤٬٥٦٧"), arabic);
        assertEquals("12", NumberFormats.grouped(12, (Object) Locale.ENGLISH));
    }
}
