package io.marsad.search.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpikeDetectorTest {

    @Test
    void aDayFarAboveAStableBaselineIsASpike() {
        long[] counts = {10, 12, 9, 11, 10, 13, 10, 9, 11, 12, 10, 11, 10, 12, 40};
        SpikeDetector.Spike spike = SpikeDetector.evaluate(counts, 3.0, 5);
        assertEquals(40, spike.count());
        assertEquals(10.71, spike.baselineMean(), 0.01);
        assertTrue(spike.z() > 3 && spike.spiking(), spike.toString());
    }

    @Test
    void ordinaryVariationIsNot() {
        long[] counts = {10, 12, 9, 11, 10, 13, 10, 9, 11, 12, 10, 11, 10, 12, 14};
        assertFalse(SpikeDetector.evaluate(counts, 3.0, 5).spiking());
    }

    @Test
    void aQuietBaselineIsWidenedAndSmallCountsNeverSpike() {
        long[] zeros = new long[15];
        zeros[14] = 2;
        SpikeDetector.Spike spike = SpikeDetector.evaluate(zeros, 1.5, 5);
        assertEquals(2.0, spike.z(), 1e-9, "a zero deviation is widened to sqrt(max(mean, 1)) = 1");
        assertFalse(spike.spiking(), "2 articles are below the minimum of 5");
        assertTrue(SpikeDetector.evaluate(zeros, 1.5, 2).spiking());
    }
}
