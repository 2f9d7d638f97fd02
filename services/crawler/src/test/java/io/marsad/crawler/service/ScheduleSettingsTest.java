package io.marsad.crawler.service;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CrawlScheduler}'s expressions name settings without defaults of their own: each resolves
 * from {@link CrawlerConfig}'s defaults (tests switch the scheduler off, so a setting without a
 * value would otherwise first fail in production).
 */
@QuarkusTest
class ScheduleSettingsTest {

    @Test
    void everySettingTheSchedulesNameHasItsDefault() {
        var config = ConfigProvider.getConfig();
        assertEquals(Duration.ofSeconds(30), config.getValue("marsad.crawler.listings-every", Duration.class));
        assertEquals(Duration.ofSeconds(5), config.getValue("marsad.crawler.pages-every", Duration.class));
        assertEquals(Duration.ofSeconds(5), config.getValue("marsad.crawler.handoff-every", Duration.class));
        assertEquals(Duration.ofSeconds(10), config.getValue("marsad.crawler.start-delay", Duration.class));
    }
}
