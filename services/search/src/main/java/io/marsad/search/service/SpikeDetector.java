package io.marsad.search.service;

/**
 * Whether a day's volume stands out from the days before it: a z-score of the day's count against
 * the mean and standard deviation of the trailing days. A quiet baseline (a deviation under the
 * square root of its mean, as counts of rare events vary) is widened to that, so one article more
 * than usual is not a spike; and a spike needs a minimum count.
 */
public final class SpikeDetector {

    /** The evaluation of one day. */
    public record Spike(long count, double baselineMean, double baselineDeviation, double z, boolean spiking) {}

    private SpikeDetector() {}

    /** {@code counts}: the trailing days, then the day evaluated last. */
    public static Spike evaluate(long[] counts, double threshold, long minimumCount) {
        int baselineDays = counts.length - 1;
        long today = counts[baselineDays];
        double mean = 0;
        for (int i = 0; i < baselineDays; i++) {
            mean += counts[i];
        }
        mean /= Math.max(1, baselineDays);
        double variance = 0;
        for (int i = 0; i < baselineDays; i++) {
            variance += (counts[i] - mean) * (counts[i] - mean);
        }
        double deviation = Math.sqrt(variance / Math.max(1, baselineDays));
        double scale = Math.max(deviation, Math.sqrt(Math.max(mean, 1)));
        double z = (today - mean) / scale;
        return new Spike(today, mean, deviation, z, z >= threshold && today >= minimumCount);
    }
}
