package io.marsad.enrichment.rest;

import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The knowledge-base API on the real PostgreSQL and Keycloak: reading, admins' additions in effect at once, roles, bad input. */
@QuarkusTest
class EntityResourceTest {

    static String admin() {
        return Tokens.accessToken(Tokens.ADMIN);
    }

    static String analyst() {
        return Tokens.accessToken(Tokens.ANALYST);
    }

    @Test
    void findsEntitiesByAnySpellingInAnyScript() {
        for (String query : List.of("Putin", "بوتين", "Путин", "poutine")) {
            given().auth().oauth2(analyst()).queryParam("q", query).get("/api/entities")
                .then().statusCode(200).body("id", hasItem("person:vladimir-putin"));
        }
        given().auth().oauth2(analyst()).queryParam("q", "كوريا الشماليّة").queryParam("type", "location").get("/api/entities")
            .then().statusCode(200).body("id", hasItem("country:KP")).body("type", everyItem(equalTo("location")));
        given().auth().oauth2(analyst()).get("/api/entities/person:vladimir-putin")
            .then().statusCode(200).body("names.ru", equalTo("Владимир Путин")).body("origin", equalTo("bundled"))
            .body("description", equalTo("President of Russia"));
    }

    @Test
    void anAdminAddsAnEntityThatIsRecognisedAtOnce() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String id = "person:" + slug;
        String arabic = "زرقاوي " + slug.substring(5);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", id, "type", "person", "names", Map.of("en", "Zarqawi Testname", "ar", arabic),
                "aliases", Map.of("en", List.of("Testname")), "description", "a person added by a test"))
            .post("/api/entities")
            .then().statusCode(201).body("id", equalTo(id)).body("origin", equalTo("added"));
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(Map.of("text", "قال " + arabic + " أمس، ثم تحدث Testname"))
            .post("/api/entities/match")
            .then().statusCode(200).body("entityId", equalTo(List.of(id, id))).body("surface[0]", equalTo(arabic));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", id, "type", "person", "names", Map.of("en", "Someone else")))
            .post("/api/entities")
            .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anAdminAddsSpellingsToABundledEntity() {
        StringBuilder variant = new StringBuilder("Путлер");
        new java.util.Random().ints(5, 0, 32).forEach(i -> variant.append((char) ('а' + i)));
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(Map.of("text", variant.toString()))
            .post("/api/entities/match").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("aliases", Map.of("ru", List.of(variant.toString()))))
            .post("/api/entities/person:vladimir-putin/spellings")
            .then().statusCode(200).body("origin", equalTo("bundled+added")).body("aliases.ru", hasItem(variant.toString()))
            .body("names.en", equalTo("Vladimir Putin"));
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(Map.of("text", "Заявил " + variant))
            .post("/api/entities/match").then().statusCode(200).body("entityId", equalTo(List.of("person:vladimir-putin")));
    }

    @Test
    void onlyAdminsChangeTheKnowledgeBase() {
        given().auth().oauth2(analyst()).contentType(ContentType.JSON)
            .body(Map.of("id", "person:not-allowed", "type", "person", "names", Map.of("en", "Not Allowed")))
            .post("/api/entities").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(Map.of("aliases", Map.of("en", List.of("Vlad"))))
            .post("/api/entities/person:vladimir-putin/spellings").then().statusCode(403);
        given().get("/api/entities").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(analyst()).get("/api/entities/person:not-allowed").then().statusCode(404);
    }

    @Test
    void badInputIsNamed() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", "Person:Bad Id", "type", "person", "names", Map.of("en", "X")))
            .post("/api/entities").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("id"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", "person:no-names", "type", "person", "names", Map.of()))
            .post("/api/entities").then().statusCode(400).body("errors.field", hasItem("names"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", "person:bad-language", "type", "person", "names", Map.of("xx", "X")))
            .post("/api/entities").then().statusCode(400).body("errors.field", hasItem("names"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
            .body(Map.of("id", "person:bad-type", "type", "celebrity", "names", Map.of("en", "X")))
            .post("/api/entities").then().statusCode(400).body("errors.field", hasItem("type"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("aliases", Map.of("en", List.of("a|b"))))
            .post("/api/entities/person:vladimir-putin/spellings").then().statusCode(400).body("errors.field", hasItem("aliases.en"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"aliases\": ")
            .post("/api/entities/person:vladimir-putin/spellings").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("aliases", Map.of("en", List.of("X"))))
            .post("/api/entities/person:nobody-at-all/spellings").then().statusCode(404).body("detail", startsWith("No entity"));
        given().auth().oauth2(analyst()).queryParam("limit", 1000).get("/api/entities").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(Map.of("text", " "))
            .post("/api/entities/match").then().statusCode(400).body("errors.field", not(hasSize(0)));
    }
}
