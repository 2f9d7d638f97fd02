package io.marsad.dashboard.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as the pages show them: a date and time in the interface's language, in UTC (said so). */
public final class Dates {

    private Dates() {}

    public static String when(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZoneOffset.UTC)
            .format(instant) + " UTC";
    }
}
