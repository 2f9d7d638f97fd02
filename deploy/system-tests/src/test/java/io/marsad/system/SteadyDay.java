package io.marsad.system;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A time zone in which it is now between 02:00 and 22:00, for tests that count "today": in it the
 * day does not turn for at least two hours, however late CI runs them.
 */
final class SteadyDay {

    static final ZoneId ZONE = hourInUtc() >= 2 && hourInUtc() < 22 ? ZoneId.of("UTC") : ZoneId.of("Etc/GMT+6"); // UTC−6: 16:00–19:59

    private SteadyDay() {}

    private static int hourInUtc() {
        return ZonedDateTime.now(ZoneOffset.UTC).getHour();
    }
}
