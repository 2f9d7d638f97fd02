package io.marsad.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls: the token's subject, which owns what the user creates (monitors, subscriptions), and
 * whether they are an admin. Services take it from their resources and decide ownership with it.
 */
public record Caller(String subject, boolean admin) {

    public static final String ADMIN_ROLE = "admin";

    /** The caller of the current request; a token without a subject owns nothing and is refused. */
    public static Caller of(JsonWebToken token, SecurityIdentity identity) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ForbiddenException("The token names no subject.");
        }
        return new Caller(subject, identity.hasRole(ADMIN_ROLE));
    }
}
