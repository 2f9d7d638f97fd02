package io.marsad.bench;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataQualityTest {

    @Test
    void namesAreComparedWhateverJoinsThemAndWithoutDegrees() {
        assertEquals(new TreeSet<>(List.of("clara löw", "klaus jacob", "siddharth prakash")),
            MetadataQuality.names(List.of("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB")));
        assertEquals(MetadataQuality.names(List.of("Jillian Kubala")), MetadataQuality.names(List.of("Jillian Kubala, MS, RD")));
        assertEquals(MetadataQuality.names(List.of("Mark SubbaRao", "Jonas Jaegermeyer")),
            MetadataQuality.names(List.of("Mark SubbaRao and Jonas Jaegermeyer")));
        // "and" inside a name is no join
        assertEquals(new TreeSet<>(List.of("alexandra anderson")), MetadataQuality.names(List.of("Alexandra Anderson")));
        assertTrue(MetadataQuality.names(null).isEmpty());
    }

    @Test
    void aDateIsRightWhenItIsTheDayInSomeTimeZone() {
        assertTrue(MetadataQuality.sameDay("2025-09-04", Instant.parse("2025-09-03T22:00:00Z"))); // midnight in Berlin
        assertTrue(MetadataQuality.sameDay("2025-09-04", Instant.parse("2025-09-04T23:30:00Z")));
        assertTrue(MetadataQuality.sameDay("2015-11", Instant.parse("2015-11-20T10:00:00Z")));
        assertFalse(MetadataQuality.sameDay("2025-09-04", Instant.parse("2025-09-02T12:00:00Z")));
        assertFalse(MetadataQuality.sameDay("2025-09-04", null));
    }

    @Test
    void titlesAreComparedAfterFoldingCaseQuotesAndDashes() {
        assertEquals(MetadataQuality.folded("The Digital Nomad’s Guide — Off-Peak"), MetadataQuality.folded("the digital nomad's  guide - off-peak"));
    }
}
