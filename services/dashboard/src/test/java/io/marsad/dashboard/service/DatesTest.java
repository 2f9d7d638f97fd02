package io.marsad.dashboard.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    @Test
    void anInstantInTheInterfacesLanguageInUtcSaidSo() {
        Instant at = Instant.parse("2026-11-30T06:25:00Z");
        assertEquals("Nov 30, 2026, 6:25\u202fAM UTC".replace("\u202f", " "), Dates.when(at, Locale.ENGLISH).replace("\u202f", " "));
        String arabic = Dates.when(at, Locale.forLanguageTag("ar"));
        assertTrue(arabic.contains("2026") && arabic.contains("ص") && arabic.endsWith(" UTC"), arabic);
        assertEquals("", Dates.when(null, Locale.ENGLISH));
    }
}
