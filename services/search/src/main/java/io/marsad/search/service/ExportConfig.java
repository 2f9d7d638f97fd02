package io.marsad.search.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code marsad.export.*} (defaults here, stated once). */
@ConfigMapping(prefix = "marsad.export")
public interface ExportConfig {

    /** The most articles one export writes; a request may ask for fewer. */
    @WithDefault("100000")
    int maxArticles();
}
