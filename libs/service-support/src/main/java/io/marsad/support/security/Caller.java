package io.marsad.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls: the token's subject, which owns what the user creates (monitors, subscriptions),
 * whether they are an admin, and whether it is the pipeline's service account (which services
 * use to read, never change, what users defined, e.g. alerting reading a monitor's spike signal).
 * Services take it from their resources and decide ownership with it.
 */
public record Caller(String subject, boolean admin, boolean pipeline) {

    public static final String ADMIN_ROLE = "admin";
    public static final String PIPELINE_ROLE = "pipeline";

    /** Admins and the pipeline may read everyone's definitions; only owners change theirs. */
    public boolean readsAll() {
        return admin || pipeline;
    }

    /** The caller of the current request; a token without a subject owns nothing and is refused. */
    public static Caller of(JsonWebToken token, SecurityIdentity identity) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ForbiddenException("The token names no subject.");
        }
        return new Caller(subject, identity.hasRole(ADMIN_ROLE), identity.hasRole(PIPELINE_ROLE));
    }
}
