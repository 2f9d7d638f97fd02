package io.marsad.dashboard.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    static final Instant AT = Instant.parse("2026-11-30T06:25:00Z");

    @Test
    void anInstantInTheInterfacesLanguageAndTheReadersZoneSaidSo() {
        assertEquals("Nov 30, 2026, 6:25 AM UTC", Dates.when(AT, Locale.ENGLISH, ZoneId.of("UTC")).replace("\u202f", " "));
        String riyadh = Dates.when(AT, Locale.ENGLISH, ZoneId.of("Asia/Riyadh")).replace("\u202f", " ");
        assertTrue(riyadh.startsWith("Nov 30, 2026, 9:25 AM "), riyadh);
        String arabic = Dates.when(AT, Locale.forLanguageTag("ar"), ZoneId.of("Asia/Riyadh"));
        assertTrue(arabic.contains("2026") && arabic.contains("9:25") && arabic.contains("ص"), arabic);
        assertEquals("", Dates.when(null, Locale.ENGLISH, ZoneId.of("UTC")));
    }

    @Test
    void aBrowsersZoneIsTakenOnlyWhenItIsOne() {
        assertEquals(ZoneId.of("Asia/Riyadh"), UiZone.of("Asia/Riyadh"));
        assertEquals(ZoneId.of("UTC"), UiZone.of(null));
        assertEquals(ZoneId.of("UTC"), UiZone.of("Mars/Olympus_Mons"));
        assertEquals(ZoneId.of("UTC"), UiZone.of("Europe/Paris; drop"));
    }
}
