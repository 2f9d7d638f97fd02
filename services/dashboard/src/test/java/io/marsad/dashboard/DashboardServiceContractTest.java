package io.marsad.dashboard;

import io.marsad.local.testing.KeycloakTestResource;
import io.marsad.local.testing.ServiceContractTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** The dashboard service against the real servers it depends on. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class DashboardServiceContractTest extends ServiceContractTest {

    @Override
    protected Set<String> expectedReadinessChecks() {
        return Set.of("Keycloak");
    }

    @Override
    protected Map<String, String> expectedDependencies() {
        return Map.ofEntries(Map.entry("Keycloak", ""));
    }
}
