package io.marsad.alerting.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A digest's period: hourly ones end on the hour, daily ones at the subscription's hour, both in
 * the subscription's time zone (so a daily digest at 7 comes at 7 in Riyadh, through daylight
 * saving changes too).
 */
public record DigestPeriod(Instant start, Instant end) {

    /** The latest period that has ended by {@code now}. */
    public static DigestPeriod lastEnded(String period, Integer hour, String timeZone, Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(timeZone));
        if (period.equals("hourly")) {
            ZonedDateTime end = local.truncatedTo(ChronoUnit.HOURS);
            return new DigestPeriod(end.minusHours(1).toInstant(), end.toInstant());
        }
        if (!period.equals("daily") || hour == null) {
            throw new IllegalArgumentException("a digest is hourly, or daily at an hour: " + period + " " + hour);
        }
        ZonedDateTime end = local.toLocalDate().atTime(hour, 0).atZone(local.getZone());
        if (end.isAfter(local)) {
            end = end.minusDays(1);
        }
        return new DigestPeriod(end.minusDays(1).toInstant(), end.toInstant());
    }
}
