package io.marsad.dashboard;

import io.marsad.local.testing.KeycloakTestResource;
import io.quarkus.qute.Engine;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Templates group counts in the locale the page is rendered in (the locale reaches the extension as a template attribute). */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class NumberFormatsRenderingTest {

    @Inject
    Engine engine;

    @Test
    void aCountIsGroupedInThePagesLocale() {
        assertEquals("1,234,567 and 12", engine.parse("{n.grouped} and {m.grouped}").data("n", 1_234_567L).data("m", 12)
            .setLocale(Locale.ENGLISH).render());
        assertEquals("1.234.567", engine.parse("{n.grouped}").data("n", 1_234_567L).setLocale(Locale.GERMAN).render(),
            "another locale's grouping shows the page's locale is used");
    }
}
