package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    @Test
    void theFormsPagesDeclareDatesInAreRead() {
        assertEquals(Optional.of(Instant.parse("2023-09-13T07:30:00Z")), Dates.parse("2023-09-13 10:30:00+0300"));
        assertEquals(Optional.of(Instant.parse("2023-09-13T10:30:00Z")), Dates.parse("2023-09-13T10:30:00"));
        assertEquals(Optional.of(Instant.parse("2023-09-13T00:00:00Z")), Dates.parse("2023-09-13"));
        assertEquals(Optional.of(Instant.parse("2016-11-29T15:00:19Z")), Dates.parse("Tue, 29 Nov 2016 15:00:19 GMT"));
        // ndtv.com's itemprop="datePublished": RFC 1123 with an offset in digits
        assertEquals(Optional.of(Instant.parse("2020-04-07T10:19:34Z")), Dates.parse("Tue, 07 Apr 2020 15:49:34 +0530"));
        // news.nationalgeographic.com's article:published_time, as Java's Date.toString() writes it
        assertEquals(Optional.of(Instant.parse("2015-08-03T16:45:00Z")), Dates.parse("Mon Aug 03 12:45:00 EDT 2015"));
        assertEquals(Optional.empty(), Dates.parse("last Tuesday"));
    }
}
