package io.marsad.crawler.rest;

import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk import and export of sources, JSON and OPML, against the real database. */
@QuarkusTest
class SourceTransferResourceTest {

    @Test
    void jsonImportKeepsGoodItemsAndNamesBadOnes() {
        String a = SourceResourceTest.homepage();
        String b = SourceResourceTest.homepage();
        List<Object> items = List.of(
            SourceResourceTest.source(a),
            Map.of("name", "", "homepage", "not a url"),
            Map.of("name", "Internal", "homepage", "http://192.168.0.1/"),
            Map.of("name", "B", "homepage", b, "feedUrls", List.of(b + "feed")));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(items).post("/api/sources/import")
            .then().statusCode(200)
            .body("created", equalTo(2)).body("updated", equalTo(0))
            .body("failed", hasSize(2))
            .body("failed[0].index", equalTo(1)).body("failed[0].errors.field", equalTo(List.of("homepage", "name")))
            .body("failed[1].index", equalTo(2)).body("failed[1].errors[0].field", equalTo("homepage"));

        // Importing again updates instead of duplicating.
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(List.of(Map.of("name", "B2", "homepage", b)))
            .post("/api/sources/import")
            .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "B2").queryParam("size", 200).get("/api/sources")
            .then().body("items.homepage", hasItem(b));
    }

    @Test
    void opmlRoundTrip() {
        String site = SourceResourceTest.homepage();
        SourceResourceTest.create(SourceResourceTest.source(site));
        String opml = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("format", "opml").get("/api/sources/export")
            .then().statusCode(200).contentType(containsString("text/x-opml"))
            .extract().asString();
        assertTrue(opml.contains("htmlUrl=\"" + site + "\""), opml);
        assertTrue(opml.contains("xmlUrl=\"" + site + "rss.xml\""), opml);

        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("text/x-opml").body(opml).post("/api/sources/import")
            .then().statusCode(200).body("created", equalTo(0)).body("failed", hasSize(0));
        List<Map<String, Object>> exported = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/sources/export")
            .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> mine = exported.stream().filter(s -> site.equals(s.get("homepage"))).findFirst().orElseThrow();
        assertEquals(List.of(site + "news-sitemap.xml"), mine.get("sitemapUrls"));
        assertEquals("ar", mine.get("languageHint"));
        assertEquals(600, mine.get("pollIntervalSeconds"));
    }

    @Test
    void plainFeedReaderOpmlGroupsFeedsBySite() {
        String opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>My feeds</title></head><body>
              <outline text="News">
                <outline type="rss" text="Le Courrier" xmlUrl="https://courrier-opml.example.fr/rss/une.xml" htmlUrl="https://courrier-opml.example.fr/"/>
                <outline type="rss" text="Le Courrier" xmlUrl="https://courrier-opml.example.fr/rss/monde.xml" htmlUrl="https://courrier-opml.example.fr/"/>
                <outline type="rss" text="Vestnik" xmlUrl="https://vestnik-opml.example.ru/feed"/>
              </outline>
            </body></opml>""";
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("text/x-opml").body(opml).post("/api/sources/import")
            .then().statusCode(200).body("created", equalTo(2)).body("failed", hasSize(0));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "Le Courrier").get("/api/sources")
            .then().body("items[0].feedUrls", hasSize(2)).body("items[0].homepage", equalTo("https://courrier-opml.example.fr/"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "Vestnik").get("/api/sources")
            .then().body("items[0].homepage", equalTo("https://vestnik-opml.example.ru/"));
    }

    @Test
    void hostileOrBrokenOpmlIsRefused() {
        String xxe = """
            <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.example/feed"/></body></opml>""";
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("text/x-opml").body(xxe).post("/api/sources/import")
            .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("OPML"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("text/x-opml").body("<opml><body>").post("/api/sources/import")
            .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType("text/xml").body("<rss/>").post("/api/sources/import")
            .then().statusCode(400).body("detail", containsString("root element"));
    }

    @Test
    void importIsForAdminsOnly() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(List.of()).post("/api/sources/import")
            .then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("format", "csv").get("/api/sources/export")
            .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
