package io.marsad.dashboard.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Instants as the pages show them: a date and time in the interface's language and the reader's time zone, which is named. */
public final class Dates {

    private Dates() {}

    public static String when(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant)
            + " " + zone.getDisplayName(TextStyle.SHORT, locale);
    }
}
