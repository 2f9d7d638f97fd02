package io.marsad.alerting.repository;

import io.marsad.alerting.client.MonitorSignal;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.service.Explanation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;

/** Column values as the repositories read them back. */
final class Columns {

    private Columns() {}

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An alert's stored explanation (JSONB written from the same record). */
    static Explanation explanation(ObjectMapper json, String text) {
        try {
            return json.readValue(text, Explanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spike alert's stored signal (JSONB written from the same record), or null for a match alert. */
    static MonitorSignal signal(ObjectMapper json, String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, MonitorSignal.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
