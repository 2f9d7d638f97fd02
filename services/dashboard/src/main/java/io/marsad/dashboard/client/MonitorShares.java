package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The share of voice in a monitor's figures (search's {@code MonitorStats}), as far as the dashboard shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorShares(long monitorId, List<Share> shareOfVoice) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Share(long monitorId, String name, long articles, double share) {}
}
