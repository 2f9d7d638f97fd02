package io.marsad.enrichment;

import io.marsad.local.testing.ElasticsearchTestResource;
import io.marsad.local.testing.PostgresTestResource;
import io.marsad.local.testing.KeycloakTestResource;
import io.marsad.local.testing.ServiceContractTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** The enrichment service against the real servers it depends on. */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrichment"))
@QuarkusTestResource(KeycloakTestResource.class)
class EnrichmentServiceContractTest extends ServiceContractTest {

    @Override
    protected Set<String> expectedReadinessChecks() {
        return Set.of("Keycloak", "Database connections health check", "Elasticsearch");
    }

    @Override
    protected Map<String, String> expectedDependencies() {
        return Map.ofEntries(Map.entry("Elasticsearch", "9.5.3"), Map.entry("PostgreSQL", "17."), Map.entry("Keycloak", ""));
    }
}
