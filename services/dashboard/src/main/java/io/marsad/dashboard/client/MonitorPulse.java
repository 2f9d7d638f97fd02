package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A monitor's spike signal of today with the daily counts it was judged on (search's {@code MonitorSpike}), for its row in the list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorPulse(long monitorId, Spike spike, List<Long> daily) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Spike(long count, double baselineMean, double z, boolean spiking) {}
}
