package io.marsad.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real Keycloak with the {@code marsad} realm for {@code @QuarkusTest}s; sets {@code quarkus.oidc.auth-server-url}. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String keycloak = TestServers.keycloak().toString();
        return Map.of(
            "quarkus.oidc.auth-server-url", keycloak + "/realms/marsad",
            "marsad.test.keycloak.url", keycloak
        );
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM exits
    }
}
