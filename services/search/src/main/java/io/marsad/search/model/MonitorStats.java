package io.marsad.search.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A monitor's figures over a period: its volume over time, top sources and entities, its share of
 * voice against other monitors, and whether a day's volume is a spike against the days before.
 */
public record MonitorStats(long monitorId, String name, long articles, long stories, SearchResult.Timeline volume,
                           Map<String, List<SearchResult.Bucket>> top, List<Share> shareOfVoice, Spike spike) {

    /** A monitor's part of the articles all compared monitors found in the period. */
    public record Share(long monitorId, String name, long articles, double share) {}

    public record Spike(LocalDate day, String timeZone, long count, int baselineDays, double baselineMean, double baselineDeviation,
                        double z, double threshold, boolean spiking) {}
}
