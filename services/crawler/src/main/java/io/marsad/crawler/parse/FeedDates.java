package io.marsad.crawler.parse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as feeds write them: RFC 3339 (Atom, JSON Feed) or RFC 822/1123 (RSS). Null when unreadable. */
final class FeedDates {

    private FeedDates() {}

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
