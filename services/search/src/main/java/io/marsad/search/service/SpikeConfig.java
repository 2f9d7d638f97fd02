package io.marsad.search.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code marsad.monitors.spike.*}: when a day's volume is a spike (defaults here, stated once). */
@ConfigMapping(prefix = "marsad.monitors.spike")
public interface SpikeConfig {

    /** z-score from which a day is a spike. */
    @WithDefault("3.0")
    double z();

    /** Days before the evaluated one that make the baseline. */
    @WithDefault("14")
    int baselineDays();

    /** Fewer articles than this in a day are never a spike. */
    @WithDefault("5")
    long minArticles();
}
