package io.marsad.local.testing;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Access tokens from the real Keycloak: users' by password grant through the public
 * {@code marsad-cli} client, the services' by client credentials of {@code marsad-pipeline}.
 */
public final class Tokens {

    /** Demo users of deploy/keycloak/marsad-realm.json (password = user name). */
    public static final String ANALYST = "analyst";
    public static final String OTHER_ANALYST = "analyst2";
    public static final String ADMIN = "admin";

    private Tokens() {}

    public static String accessToken(String user) {
        return accessToken(user, user);
    }

    public static String accessToken(String user, String password) {
        return userToken(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class), user, password);
    }

    /** A demo user's token from the realm at {@code realm} (its URL), for tests outside a Quarkus application. */
    public static String userToken(String realm, String user) {
        return userToken(realm, user, user);
    }

    private static String userToken(String realm, String user, String password) {
        return RestAssured.given()
            .formParam("grant_type", "password")
            .formParam("client_id", "marsad-cli")
            .formParam("username", user)
            .formParam("password", password)
            .post(realm + "/protocol/openid-connect/token")
            .then().statusCode(200)
            .extract().path("access_token");
    }

    /** A token of the pipeline service account (role pipeline), as services present to each other. */
    public static String pipelineToken() {
        return pipelineToken(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    }

    /** The pipeline service account's token from the realm at {@code realm} (its URL). */
    public static String pipelineToken(String realm) {
        return RestAssured.given()
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "marsad-pipeline")
            .formParam("client_secret", "marsad-pipeline-dev-secret")
            .post(realm + "/protocol/openid-connect/token")
            .then().statusCode(200)
            .extract().path("access_token");
    }

    /** The same token with one claim changed in its payload: the signature no longer matches. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"preferred_username\":\"[^\"]*\"", "\"preferred_username\":\"admin\"")
            .replaceFirst("\"roles\":\\[", "\"roles\":[\"admin\",");
        if (forged.equals(payload)) {
            throw new IllegalStateException("token payload has no claim to tamper with: " + payload);
        }
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        return String.join(".", parts);
    }
}
