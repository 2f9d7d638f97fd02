package io.marsad.crawler.rest;

import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /api/sources} on the real PostgreSQL, with tokens from the real Keycloak. */
@QuarkusTest
class SourceResourceTest {

    static String admin() {
        return Tokens.accessToken(Tokens.ADMIN);
    }

    static String analyst() {
        return Tokens.accessToken(Tokens.ANALYST);
    }

    /** A homepage no other test uses, so tests share the database without interfering. */
    static String homepage() {
        return "https://site-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org/";
    }

    static Map<String, Object> source(String homepage) {
        return Map.of("name", "مرصد الأخبار", "homepage", homepage,
            "feedUrls", List.of(homepage + "rss.xml?utm_source=feedly"), "sitemapUrls", List.of(homepage + "news-sitemap.xml"),
            "languageHint", "ar", "countryHint", "EG", "pollIntervalSeconds", 600);
    }

    static int create(Map<String, Object> body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post("/api/sources")
            .then().statusCode(201).extract().path("id");
    }

    @Test
    void adminCreatesAndAnalystReads() {
        String homepage = homepage();
        var created = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(source(homepage)).post("/api/sources")
            .then().statusCode(201)
            .body("name", equalTo("مرصد الأخبار"))
            .body("feedUrls", equalTo(List.of(homepage + "rss.xml")))
            .body("enabled", equalTo(true))
            .body("health.consecutiveFailures", equalTo(0))
            .body("createdAt", notNullValue())
            .extract();
        int id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/sources/" + id));

        given().auth().oauth2(analyst()).get("/api/sources/" + id)
            .then().statusCode(200).body("homepage", equalTo(homepage)).body("languageHint", equalTo("ar"));
        given().auth().oauth2(analyst()).queryParam("q", "مرصد").queryParam("size", 200).get("/api/sources")
            .then().statusCode(200).body("items.homepage", hasItem(homepage));
    }

    @Test
    void analystsCannotChangeSources() {
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(source(homepage())).post("/api/sources")
            .then().statusCode(403).contentType("application/problem+json");
        int id = create(source(homepage()));
        given().auth().oauth2(analyst()).delete("/api/sources/" + id).then().statusCode(403);
        given().auth().oauth2(analyst()).contentType(ContentType.JSON).body(source(homepage())).put("/api/sources/" + id).then().statusCode(403);
        given().get("/api/sources").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> invalid = Map.of("name", " ", "homepage", homepage(),
            "feedUrls", List.of("https://ok.example.org/rss", "feed.xml"), "pollIntervalSeconds", 5, "languageHint", "Arabic");
        List<String> fields = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(invalid).post("/api/sources")
            .then().statusCode(400).contentType("application/problem+json")
            .body("title", equalTo("Bad Request"))
            .extract().path("errors.field");
        assertEquals(List.of("feedUrls[1]", "languageHint", "name", "pollIntervalSeconds"), fields);
    }

    @Test
    void pollingBoundsAreCheckedAndShown() {
        Map<String, Object> crossed = new java.util.HashMap<>(source(homepage()));
        crossed.put("minPollIntervalSeconds", 1200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(crossed).post("/api/sources")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors[0].field", equalTo("minPollIntervalSeconds"))
            .body("errors[0].message", containsString("must not exceed pollIntervalSeconds (600)"));
        crossed.put("minPollIntervalSeconds", 5);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(crossed).post("/api/sources")
            .then().statusCode(400).body("errors[0].field", equalTo("minPollIntervalSeconds"));

        crossed.put("minPollIntervalSeconds", 30);
        int id = create(crossed);
        given().auth().oauth2(analyst()).get("/api/sources/" + id).then().statusCode(200)
            .body("pollIntervalSeconds", equalTo(600)).body("minPollIntervalSeconds", equalTo(30))
            .body("health.pollIntervalNowSeconds", org.hamcrest.Matchers.nullValue()); // not polled yet
        int defaulted = create(source(homepage()));
        given().auth().oauth2(analyst()).get("/api/sources/" + defaulted).then().body("minPollIntervalSeconds", equalTo(60));
    }

    @Test
    void malformedJsonIsAProblemNotACrash() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"homepage\": ").post("/api/sources")
            .then().statusCode(400).contentType("application/problem+json")
            .body("detail", containsString("not valid JSON"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"name\": \"x\", \"homepage\": \"https://a.example/\", \"pollIntervalSeconds\": \"often\"}")
            .post("/api/sources")
            .then().statusCode(400).contentType("application/problem+json")
            .body("detail", containsString("pollIntervalSeconds"));
    }

    @Test
    void privateAndMetadataAddressesAreRefused() {
        for (String forbidden : List.of("http://169.254.169.254/latest/", "http://10.0.0.8/", "http://[::1]:8080/")) {
            Map<String, Object> body = Map.of("name", "internal", "homepage", forbidden);
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post("/api/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("homepage"))
                .body("errors[0].message", containsString("not allowed"));
        }
        // the address guard's library refuses every spelling, not only the dotted one (libs/address-guard tests them all)
        for (String spelled : List.of("http://2130706434/", "http://0x7f000002/", "http://0177.0.0.2/", "http://[::ffff:7f00:2]/",
            "http://0xa9fea9fe/latest/meta-data/", "http://localhost./", "http://intranet/")) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("name", "spelled", "homepage", spelled)).post("/api/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("homepage"))
                .body("errors[0].message", containsString("not allowed"));
            given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "spelled feed", "homepage", homepage(), "feedUrls", List.of(spelled))).post("/api/sources")
                .then().statusCode(400).body("errors[0].field", equalTo("feedUrls[0]"));
        }
        // hosts java.net.URI does not take as names (127.2, a trailing dot after digits) are refused as URLs before the guard sees them
        for (String spelled : List.of("http://127.2/", "http://169.254.169.254./")) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("name", "spelled", "homepage", spelled)).post("/api/sources")
                .then().statusCode(400).body("errors[0].field", equalTo("homepage"));
        }
        Map<String, Object> sneaky = Map.of("name", "sneaky", "homepage", homepage(), "sitemapUrls", List.of("http://192.168.1.1/sitemap.xml"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(sneaky).post("/api/sources")
            .then().statusCode(400).body("errors[0].field", equalTo("sitemapUrls[0]"));
    }

    @Test
    void duplicateHomepageIsAConflict() {
        String homepage = homepage();
        create(source(homepage));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(source(homepage.toUpperCase().replace("HTTPS", "https"))).post("/api/sources")
            .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("exists already"));
    }

    @Test
    void adminUpdatesDisablesAndDeletes() {
        String homepage = homepage();
        int id = create(source(homepage));
        Map<String, Object> changed = Map.of("name", "Renamed", "homepage", homepage, "enabled", false, "pollIntervalSeconds", 3600);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(changed).put("/api/sources/" + id)
            .then().statusCode(200).body("name", equalTo("Renamed")).body("enabled", equalTo(false))
            .body("pollIntervalSeconds", equalTo(3600)).body("feedUrls", hasSize(0));
        given().auth().oauth2(analyst()).queryParam("enabled", false).queryParam("q", "Renamed").queryParam("size", 200).get("/api/sources")
            .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(admin()).delete("/api/sources/" + id).then().statusCode(204);
        given().auth().oauth2(analyst()).get("/api/sources/" + id)
            .then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("No source with id " + id + "."));
        given().auth().oauth2(admin()).delete("/api/sources/" + id).then().statusCode(404);
    }

    @Test
    void pagingIsBounded() {
        given().auth().oauth2(analyst()).queryParam("size", 500).get("/api/sources")
            .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(analyst()).get("/api/sources/not-a-number").then().statusCode(404).contentType("application/problem+json");
    }
}
