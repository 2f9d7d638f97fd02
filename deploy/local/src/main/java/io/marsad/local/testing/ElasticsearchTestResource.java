package io.marsad.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real Elasticsearch node for {@code @QuarkusTest}s; sets {@code marsad.elasticsearch.hosts}. */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("marsad.elasticsearch.hosts", TestServers.elasticsearch().toString());
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM exits
    }
}
