package io.marsad.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers: without it no request can be authenticated. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadinessCheck implements HealthCheck {

    private final IdentityProvider identityProvider;

    IdentityProviderReadinessCheck(IdentityProvider identityProvider) {
        this.identityProvider = identityProvider;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Keycloak");
        identityProvider.issuer().ifPresent(issuer -> response.withData("issuer", issuer));
        try {
            return identityProvider.discoveryDocument().isPresent() ? response.up().build() : response.down().withData("error", "quarkus.oidc.auth-server-url is not set").build();
        } catch (Exception e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
