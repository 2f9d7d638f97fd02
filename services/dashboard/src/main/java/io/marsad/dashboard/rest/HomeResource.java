package io.marsad.dashboard.rest;

import io.marsad.dashboard.service.UiLanguage;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.TreeSet;

/** The dashboard's landing page; reaching it without a session starts the Keycloak login. */
@Path("/")
@Authenticated
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String displayName, String user, List<String> roles);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UiLanguage ui;

    /** Present after a browser login (code flow); the full name comes from it. */
    @Inject
    @IdToken
    JsonWebToken idToken;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        String user = identity.getPrincipal().getName();
        String displayName = idToken.getRawToken() == null ? user : idToken.<String>claim("name").orElse(user);
        return Templates.home(displayName, user, List.copyOf(new TreeSet<>(identity.getRoles()))).setLocale(ui.locale());
    }
}
