package io.marsad.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A monitor's spike signal of a day and the day's top stories, as search answers it (the
 * contract's {@code MonitorSpike}). A spike alert carries it whole, as the reason it fired.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorSignal(long monitorId, String name, Spike spike, List<Story> stories) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Spike(LocalDate day, String timeZone, long count, int baselineDays, double baselineMean, double baselineDeviation, double z,
                        double threshold, boolean spiking) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Story(String storyId, String articleId, String title, String url, String source, String language, Instant publishedAt,
                        long articles) {}

    public List<Story> storiesOrEmpty() {
        return stories == null ? List.of() : stories;
    }
}
