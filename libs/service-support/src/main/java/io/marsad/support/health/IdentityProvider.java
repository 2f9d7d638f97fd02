package io.marsad.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The OpenID Connect provider (Keycloak) the service trusts, as its discovery document describes it. */
@ApplicationScoped
public class IdentityProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Optional<String> authServerUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    IdentityProvider(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this.authServerUrl = authServerUrl;
    }

    public Optional<String> issuer() {
        return authServerUrl;
    }

    /** Fetches the discovery document; empty when none is configured; throws when it does not answer 200. */
    public Optional<String> discoveryDocument() throws Exception {
        if (authServerUrl.isEmpty()) {
            return Optional.empty();
        }
        URI uri = URI.create(authServerUrl.get().replaceFirst("/$", "") + "/.well-known/openid-configuration");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
    }
}
