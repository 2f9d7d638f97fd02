package io.marsad.crawler.rest;

import com.sun.net.httpserver.HttpHandler;
import io.marsad.crawler.fetch.FixtureSite;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Discovering a site's feeds and sitemaps from its homepage, on a fixture site. */
@QuarkusTest
class SourceDiscoveryTest {

    static FixtureSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite(Map.<String, HttpHandler>of(
            "/", FixtureSite.html("""
                <html lang="ar-EG"><head><title>الرئيسية | أخبار النيل</title><meta property="og:site_name" content="أخبار النيل">
                <link rel="alternate" type="application/rss+xml" title="الأخبار" href="/rss.xml?utm_source=x">
                <link rel="alternate" type="application/atom+xml" href="https://FEEDS.example.org/atom">
                <link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/s.css"></head><body>Home</body></html>"""),
            "/robots.txt", exchange -> FixtureSite.respond(exchange, 200, "text/plain",
                "User-agent: *\nDisallow:\nSitemap: /news-sitemap.xml\nSitemap: https://cdn.example.org/sitemap-index.xml\n".getBytes(StandardCharsets.UTF_8))));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void findsFeedsAndSitemaps() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(Map.of("homepage", site.url("/")))
            .post("/api/sources/discover")
            .then().statusCode(200)
            .body("feedUrls", equalTo(List.of(site.url("/rss.xml"), "https://feeds.example.org/atom")))
            .body("sitemapUrls", hasSize(2))
            .body("name", equalTo("أخبار النيل"))
            .body("languageHint", equalTo("ar"))
            .body("problems", hasSize(0));
    }

    @Test
    void refusesPrivateHomepagesAndReportsUnreachableOnes() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(Map.of("homepage", "http://10.1.2.3/"))
            .post("/api/sources/discover")
            .then().statusCode(400).body("errors[0].field", equalTo("homepage"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).contentType(ContentType.JSON).body(Map.of("homepage", site.url("/missing")))
            .post("/api/sources/discover")
            .then().statusCode(200).body("feedUrls", hasSize(0)).body("problems[0]", containsString("http error"))
            .body("name", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(Map.of("homepage", site.url("/")))
            .post("/api/sources/discover")
            .then().statusCode(403);
    }
}
