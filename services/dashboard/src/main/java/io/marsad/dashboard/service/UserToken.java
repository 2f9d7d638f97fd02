package io.marsad.dashboard.service;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user's access token as an Authorization header, for the calls the pages make to
 * search and alerting on the user's behalf. It stays on the server: the session holds it, and no
 * page or script ever sees it.
 */
@RequestScoped
public class UserToken {

    private final JsonWebToken accessToken;

    UserToken(JsonWebToken accessToken) {
        this.accessToken = accessToken;
    }

    public String bearer() {
        return "Bearer " + accessToken.getRawToken();
    }
}
