package io.marsad.support.system;

import io.marsad.support.health.IdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The identity provider, by its issuer URL (Keycloak does not publish its version to clients). */
@ApplicationScoped
public class KeycloakProbe implements DependencyProbe {

    private final IdentityProvider identityProvider;

    KeycloakProbe(IdentityProvider identityProvider) {
        this.identityProvider = identityProvider;
    }

    @Override
    public Optional<DependencyStatus> probe() {
        if (identityProvider.issuer().isEmpty()) {
            return Optional.empty();
        }
        try {
            identityProvider.discoveryDocument();
            return Optional.of(DependencyStatus.up("Keycloak", null, "issuer " + identityProvider.issuer().get()));
        } catch (Exception e) {
            return Optional.of(DependencyStatus.down("Keycloak", e));
        }
    }
}
