package io.marsad.alerting;

import io.marsad.local.testing.PostgresTestResource;
import io.marsad.local.testing.KeycloakTestResource;
import io.marsad.local.testing.MailTestResource;
import io.marsad.local.testing.ServiceContractTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** The alerting service against the real servers it depends on. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "alerting"))
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(MailTestResource.class)
class AlertingServiceContractTest extends ServiceContractTest {

    @Override
    protected Set<String> expectedReadinessChecks() {
        return Set.of("Keycloak", "Database connections health check");
    }

    @Override
    protected Map<String, String> expectedDependencies() {
        return Map.ofEntries(Map.entry("PostgreSQL", "17."), Map.entry("Keycloak", ""));
    }
}
