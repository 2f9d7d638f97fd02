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
 * The monitors page's own behaviour on the real Keycloak: the query checked as it is typed, the
 * page's security headers, CSRF on the form, and a clear page when search does not answer (no
 * search service runs beside this module's tests; deploy/system-tests drives the page in a browser
 * against a real one).
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class MonitorPagesTest {

    @Test
    void aQueryIsCheckedAsItIsTypedWithTheOffendingWordMarked() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("query", "(بوتين OR putin").get("/monitors/check")
            .then().statusCode(200).contentType(containsString("text/html"))
            .body(containsString("has no matching &#39;)&#39;</span> (at character 15)"))
            .body(containsString("<span>(بوتين OR putin</span><mark class=\"syntax-error\" id=\"syntax-error\"> </mark><span></span>"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("query", "putin AND").get("/monitors/check")
            .then().statusCode(200).body(containsString("AND needs a word")).body(containsString("id=\"syntax-error\">AND</mark>"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("query", "\"كوريا الشمالية\" AND بوتين").get("/monitors/check")
            .then().statusCode(200).body(containsString("well formed")).body(not(containsString("syntax-error")));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndFormsNeedTheirCsrfToken() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/monitors").then()
            .header("Content-Security-Policy", containsString("script-src 'self'"))
            .header("Content-Security-Policy", not(containsString("unsafe-inline")))
            .header("X-Content-Type-Options", "nosniff");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType("application/x-www-form-urlencoded")
            .formParam("name", "forged").formParam("query", "putin").post("/monitors")
            .then().statusCode(400);
    }

    @Test
    void theInterfaceSpeaksTheBrowsersLanguageOrTheOneChosenArabicRightToLeft() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).header("Accept-Language", "ar-SA,ar;q=0.9,en;q=0.5").get("/monitors")
            .then().body(containsString("<html lang=\"ar\" dir=\"rtl\" ")).body(containsString("<h1>المراصد</h1>"))
            .body(containsString("خدمة البحث لا تجيب الآن")).body(containsString(">English</a>"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).header("Accept-Language", "fr-FR,fr;q=0.9").get("/monitors")
            .then().body(containsString("<html lang=\"en\" dir=\"ltr\" ")).body(containsString(">العربية</a>"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).header("Accept-Language", "en").cookie("marsad-lang", "ar").get("/monitors")
            .then().body(containsString("<html lang=\"ar\" dir=\"rtl\" "));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).header("Accept-Language", "ar").queryParam("query", "putin AND")
            .get("/monitors/check").then().body(containsString("عند الحرف 6"));

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).redirects().follow(false).queryParam("back", "/monitors").get("/language/ar")
            .then().statusCode(303).header("Location", containsString("/monitors")).cookie("marsad-lang", "ar");
        for (String elsewhere : java.util.List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).redirects().follow(false).queryParam("back", elsewhere).get("/language/en")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).redirects().follow(false).get("/language/xx").then().statusCode(404);
    }

    @Test
    void whenSearchDoesNotAnswerThePageSaysSo() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/monitors").then().statusCode(503)
            .header("Retry-After", "10").body(containsString("The search service does not answer"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/monitors/7/edit").then().statusCode(503).header("Retry-After", "10");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType("application/x-www-form-urlencoded").formParam("name", "x")
            .formParam("query", "putin").post("/monitors/7/edit").then().statusCode(400); // no CSRF token
        given().redirects().follow(false).get("/monitors/check?query=x").then().statusCode(302)
            .header("Location", containsString("/realms/marsad/protocol/openid-connect/auth"));
    }
}
