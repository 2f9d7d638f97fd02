package io.marsad.support.elasticsearch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code marsad.elasticsearch.*}: where the cluster is and how long to wait for it. */
@ConfigMapping(prefix = "marsad.elasticsearch")
public interface ElasticsearchConfig {

    /** HTTP addresses of the cluster's nodes, e.g. {@code http://127.0.0.1:9200}. */
    List<URI> hosts();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("60s")
    Duration socketTimeout();

    /** For clusters with security on; the embedded development node has none. */
    Optional<String> username();

    Optional<String> password();

    /**
     * PEM file of the CA that signed the cluster's HTTPS certificate, for clusters whose CA is their
     * own (ECK's self-signed one: Secret {@code <name>-es-http-certs-public}, key {@code ca.crt}).
     */
    Optional<java.nio.file.Path> caFile();
}
