package io.marsad.crawler.rest;

import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** {@code POST /api/extract} on the running crawler, with tokens from the real Keycloak. */
@QuarkusTest
class ExtractResourceTest {

    static byte[] sample() throws Exception {
        try (InputStream in = ExtractResourceTest.class.getResourceAsStream("/extraction/samples/arabic-aggregator-article.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void extractsTheSamplePage() throws Exception {
        String body = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST))
            .contentType("text/html; charset=utf-8")
            .queryParam("url", "https://news.example.org/world/2023/09/13/putin-kim-vostochny")
            .body(sample())
            .post("/api/extract")
            .then().statusCode(200)
            .body("title", equalTo("بوتين وكيم يلتقيان في قاعدة فوستوشني الفضائية وسط مخاوف من صفقة أسلحة"))
            .body("publishedAt", equalTo("2023-09-13T07:30:00Z"))
            .body("language", equalTo("ar"))
            .body("tags", hasSize(9))
            .extract().path("articleBody");
        org.junit.jupiter.api.Assertions.assertEquals(24, body.split("\n\n").length);
    }

    @Test
    void honoursTheCharsetOfTheContentType() {
        String page = "<html><head><title>خبر</title></head><body><article><p>التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في قاعدة فضائية.</p></article></body></html>";
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST))
            .contentType("text/html; charset=windows-1256")
            .body(page.getBytes(Charset.forName("windows-1256")))
            .post("/api/extract")
            .then().statusCode(200)
            .body("articleBody", startsWith("التقى الرئيس الروسي"));
    }

    @Test
    void requiresAToken() throws Exception {
        given().contentType("text/html").body(sample()).post("/api/extract")
            .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void emptyBodyIsABadRequest() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType("text/html").body(new byte[0]).post("/api/extract")
            .then().statusCode(400).contentType("application/problem+json")
            .body("detail", equalTo("Send the page's HTML as the request body."));
    }

    @Test
    void relativeUrlIsRefusedNamingTheField() throws Exception {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType("text/html").queryParam("url", "/world/story")
            .body(sample()).post("/api/extract")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors[0].field", equalTo("url"));
    }

    @Test
    void hugePageIsRefusedAsTooLarge() {
        byte[] huge = new byte[9 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType("text/html").body(huge).post("/api/extract")
            .then().statusCode(413).contentType("application/problem+json");
    }
}
