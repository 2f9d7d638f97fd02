package io.marsad.crawler.service;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** {@code marsad.crawler.*} */
@ConfigMapping(prefix = "marsad.crawler")
public interface CrawlerConfig {

    /** Hosts or addresses exempt from the SSRF guard, e.g. a fixture site on 127.0.0.1 in tests. Empty in production. */
    Optional<List<String>> allowedHosts();
}
