package io.marsad.local.supervision;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackOffTest {

    @Test
    void waitsDoubleWhileCrashingUpToTheLongest() {
        BackOff backOff = BackOff.DEFAULT;
        assertEquals(Duration.ofSeconds(1), backOff.delay(1));
        assertEquals(Duration.ofSeconds(2), backOff.delay(2));
        assertEquals(Duration.ofSeconds(32), backOff.delay(6));
        assertEquals(Duration.ofSeconds(60), backOff.delay(7));
        assertEquals(Duration.ofSeconds(60), backOff.delay(10_000), "no overflow after many attempts");
    }

    @Test
    void aLongRunEndsTheCrashLoop() {
        assertFalse(BackOff.DEFAULT.wasStable(Duration.ofSeconds(59)));
        assertTrue(BackOff.DEFAULT.wasStable(Duration.ofSeconds(60)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new BackOff(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> BackOff.DEFAULT.delay(0));
    }
}
