package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import io.marsad.support.system.DependencyProbe;
import io.marsad.support.system.DependencyStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The cluster's own answer to {@code GET /}, through the Java API client. */
@ApplicationScoped
public class ElasticsearchProbe implements DependencyProbe {

    private final ElasticsearchClient client;

    ElasticsearchProbe(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public Optional<DependencyStatus> probe() {
        try {
            InfoResponse info = client.info();
            return Optional.of(DependencyStatus.up("Elasticsearch", info.version().number(),
                "cluster " + info.clusterName() + ", Lucene " + info.version().luceneVersion()));
        } catch (Exception e) {
            return Optional.of(DependencyStatus.down("Elasticsearch", e));
        }
    }
}
