package io.marsad.dashboard;

import io.marsad.local.testing.KeycloakTestResource;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The entity pages' own behaviour on the real Keycloak, with no enrichment or search beside them
 * (deploy/system-tests drives them in a browser against real ones): bad names answered before any
 * call, a clear page when the services do not answer, and the pages closed to anonymous browsers.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class EntityPagesTest {

    @Test
    void theSearchFormNeedsNoServiceUntilANameIsAsked() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/entities").then().statusCode(200)
            .body(containsString("id=\"entity-q\"")).body(not(containsString("id=\"unavailable\"")));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "بوتين").get("/entities").then().statusCode(503)
            .header("Retry-After", "10").body(containsString("id=\"unavailable\"")).body(containsString("value=\"بوتين\""));
    }

    @Test
    void namesThatCannotBeAnEntityAreNotFoundWithoutAskingAndOthersWaitForTheServices() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("type", "planet").queryParam("name", "Mars")
            .get("/entities/named").then().statusCode(404).body(containsString("no entity named Mars"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/entities/named").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("type", "person").queryParam("name", "Vladimir Putin")
            .get("/entities/named").then().statusCode(503).body(containsString("does not answer"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).header("Accept-Language", "ar").get("/entities/person:vladimir-putin")
            .then().statusCode(503).body(containsString("<html lang=\"ar\" dir=\"rtl\" ")).body(containsString("قاعدة المعرفة"));
    }

    @Test
    void pagesAreInTheBrowsersTimeZoneWhenItIsOne() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).cookie("marsad-tz", "Asia/Riyadh").get("/entities").then().statusCode(200)
            .body(containsString("data-zone=\"Asia/Riyadh\""));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).cookie("marsad-tz", "Nowhere/Atlantis").get("/entities").then().statusCode(200)
            .body(containsString("data-zone=\"UTC\""));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/entities").then().body(containsString("data-zone=\"UTC\""));
    }

    @Test
    void anonymousBrowsersAreSentToSignIn() {
        given().redirects().follow(false).get("/entities/person:vladimir-putin").then().statusCode(302)
            .header("Location", containsString("/realms/marsad/protocol/openid-connect/auth"));
    }
}
