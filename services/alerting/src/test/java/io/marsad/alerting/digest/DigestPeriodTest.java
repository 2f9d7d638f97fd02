package io.marsad.alerting.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Digest periods end on the hour, or at the subscription's hour, in the subscription's time zone. */
class DigestPeriodTest {

    @Test
    void hourlyPeriodsEndOnTheHourOfTheZone() {
        DigestPeriod period = DigestPeriod.lastEnded("hourly", null, "Asia/Kolkata", Instant.parse("2026-11-30T10:20:00Z"));
        // 15:50 in Kolkata (UTC+05:30): the last hour that ended there is 14:00–15:00 local
        assertEquals(Instant.parse("2026-11-30T08:30:00Z"), period.start());
        assertEquals(Instant.parse("2026-11-30T09:30:00Z"), period.end());
    }

    @Test
    void dailyPeriodsEndAtTheHourOfTheZoneThroughDaylightSaving() {
        DigestPeriod beforeSeven = DigestPeriod.lastEnded("daily", 7, "Asia/Riyadh", Instant.parse("2026-11-30T03:00:00Z"));
        assertEquals(Instant.parse("2026-11-29T04:00:00Z"), beforeSeven.end(), "06:00 in Riyadh: yesterday's 07:00");
        DigestPeriod afterSeven = DigestPeriod.lastEnded("daily", 7, "Asia/Riyadh", Instant.parse("2026-11-30T05:00:00Z"));
        assertEquals(Instant.parse("2026-11-30T04:00:00Z"), afterSeven.end());
        assertEquals(Instant.parse("2026-11-29T04:00:00Z"), afterSeven.start());
        // Paris moves its clocks forward in the night to 2026-03-29: that digest's day lasts 23 hours
        DigestPeriod spring = DigestPeriod.lastEnded("daily", 7, "Europe/Paris", Instant.parse("2026-03-29T08:00:00Z"));
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), spring.end(), "07:00 summer time");
        assertEquals(Instant.parse("2026-03-28T06:00:00Z"), spring.start(), "07:00 winter time the day before");
        assertThrows(IllegalArgumentException.class, () -> DigestPeriod.lastEnded("daily", null, "UTC", Instant.now()));
    }
}
