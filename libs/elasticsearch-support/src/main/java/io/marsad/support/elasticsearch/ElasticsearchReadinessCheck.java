package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the cluster answers and is not red (a red cluster loses writes and misses documents). */
@Readiness
@ApplicationScoped
public class ElasticsearchReadinessCheck implements HealthCheck {

    private final ElasticsearchClient client;

    ElasticsearchReadinessCheck(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Elasticsearch");
        try {
            HealthResponse health = client.cluster().health();
            response.withData("cluster", health.clusterName()).withData("status", health.status().jsonValue());
            return (health.status() == HealthStatus.Red ? response.down() : response.up()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
