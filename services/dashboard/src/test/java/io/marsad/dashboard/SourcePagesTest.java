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
 * The sources page's own behaviour on the real Keycloak, with no crawler beside it
 * (deploy/system-tests drives it in a browser against a real one): admins only, shown in the menu
 * to admins only, CSRF on its forms, and a clear page when the crawler does not answer.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class SourcePagesTest {

    @Test
    void onlyAdminsMayOpenItAndOnlyAdminsSeeItInTheMenu() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/sources").then().statusCode(403).contentType(containsString("text/html"))
            .body(containsString("This page is for administrators."));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/entities").then().statusCode(200)
            .body(not(containsString("id=\"nav-sources\"")));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).get("/entities").then().statusCode(200)
            .body(containsString("<a href=\"/sources\" id=\"nav-sources\">Sources</a>"));
    }

    @Test
    void whenTheCrawlerDoesNotAnswerThePageSaysSoAndKeepsTheForm() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).get("/sources").then().statusCode(503).header("Retry-After", "10")
            .body(containsString("The crawler does not answer")).body(containsString("id=\"source-form\""));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).header("Accept-Language", "ar").get("/sources").then().statusCode(503)
            .body(containsString("الزاحف لا يستجيب"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).get("/sources/list").then().statusCode(200)
            .body(containsString("hx-trigger=\"every 3s\"")).body(not(containsString("<html")));
    }

    @Test
    void formsNeedTheirCsrfToken() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("application/x-www-form-urlencoded")
            .formParam("name", "forged").formParam("homepage", "https://forged.example.org/").post("/sources").then().statusCode(400);
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("application/x-www-form-urlencoded").post("/sources/1/delete")
            .then().statusCode(400);
    }
}
