package io.marsad.enrichment.service;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scheduler's expressions name settings without defaults of their own: each resolves, from
 * {@link IndexConfig}'s defaults or application.properties (tests switch the scheduler off, so a
 * setting without a value would otherwise first fail in production).
 */
@QuarkusTest
class ScheduleSettingsTest {

    @Test
    void everySettingTheSchedulesNameHasItsDefault() {
        var config = ConfigProvider.getConfig();
        assertEquals(Duration.ofSeconds(2), config.getValue("marsad.index.every", Duration.class));
        assertEquals(Duration.ofSeconds(10), config.getValue("marsad.index.start-delay", Duration.class));
        assertEquals(Duration.ofSeconds(2), config.getValue("marsad.alerting.relay-every", Duration.class));
        assertEquals(Duration.ofSeconds(30), config.getValue("marsad.entities.refresh-every", Duration.class));
        assertEquals(Duration.ofHours(1), config.getValue("marsad.stories.prune-every", Duration.class));
        assertEquals(Duration.ofDays(90), config.getValue("marsad.stories.keep-signatures", Duration.class));
    }
}
