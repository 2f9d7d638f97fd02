package io.marsad.crawler.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import io.marsad.crawler.fetch.FixtureSite;
import io.marsad.crawler.service.ListingPoller;
import io.marsad.crawler.service.SourceDiscovery;
import io.marsad.local.testing.Contracts;
import io.marsad.local.testing.Tokens;
import io.marsad.support.problem.Problem;
import io.marsad.support.rest.PageResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crawler's (the answering side's) half of docs/contracts/crawler-sources.openapi.yaml: its
 * records, and its live answers after a real poll of a fixture site, a discovery and an import.
 */
@QuarkusTest
class SourceApiContractTest {

    static FixtureSite site;

    @Inject
    ListingPoller listings;
    @Inject
    DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite(Map.<String, HttpHandler>of(
            "/", FixtureSite.html("<html lang=\"fr\"><head><title>La Gazette du contrat</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body>Accueil</body></html>"),
            "/rss.xml", exchange -> FixtureSite.respond(exchange, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>La Gazette du contrat</title><item><title>Un</title><link>" + site.url("/2026/11/un") + "</link></item>"
                + "<item><title>Deux</title><link>" + site.url("/2026/11/deux") + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8))));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static JsonNode schemas() {
        return Contracts.schemas("crawler-sources.openapi.yaml");
    }

    @Test
    void theRecordsAreTheContracts() {
        assertEquals(Contracts.properties(schemas().path("SourcePage")), Contracts.components(PageResponse.class));
        assertEquals(Contracts.properties(schemas().path("Source")), Contracts.components(SourceResponse.class));
        assertEquals(Contracts.properties(schemas().path("Health")), Contracts.components(SourceResponse.Health.class));
        assertEquals(Contracts.properties(schemas().path("Round")), Contracts.components(SourceResponse.Round.class));
        assertEquals(Contracts.properties(schemas().path("SourceRequest")), Contracts.components(SourceRequest.class));
        assertEquals(Contracts.properties(schemas().path("DiscoverRequest")), Contracts.components(SourceTransferResource.DiscoverRequest.class));
        assertEquals(Contracts.properties(schemas().path("Discovered")), Contracts.components(SourceDiscovery.Discovered.class));
        assertEquals(Contracts.properties(schemas().path("ImportResult")), Contracts.components(SourceTransferResource.ImportResult.class));
        assertEquals(Contracts.properties(schemas().path("FailedItem")), Contracts.components(SourceTransferResource.FailedItem.class));
        assertEquals(Contracts.properties(schemas().path("FieldError")), Contracts.components(Problem.FieldError.class));
    }

    @Test
    void theAnswersTheDashboardReadsHaveTheContractsPropertiesFilled() throws Exception {
        String admin = Tokens.accessToken(Tokens.ADMIN);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode discovered = mapper.readTree(given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("homepage", site.url("/")))
            .post("/api/sources/discover").then().statusCode(200).extract().asString());
        assertFilled(discovered, "Discovered");
        assertEquals("La Gazette du contrat", discovered.path("name").asText());
        assertEquals("fr", discovered.path("languageHint").asText());

        int id = given().auth().oauth2(admin).contentType(ContentType.JSON)
            .body(Map.of("name", "La Gazette du contrat", "homepage", site.url("/"), "feedUrls", List.of(site.url("/rss.xml")), "languageHint", "fr"))
            .post("/api/sources").then().statusCode(201).extract().path("id");
        sql("UPDATE source SET next_poll_at = now() + interval '1 day' WHERE id <> " + id);
        assertTrue(listings.pollDueSources() >= 2, "the poll finds the feed's two articles");

        JsonNode page = mapper.readTree(given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("q", "La Gazette du contrat")
            .get("/api/sources").then().statusCode(200).extract().asString());
        assertFilled(page, "SourcePage");
        JsonNode source = page.path("items").get(0);
        assertFilled(source, "Source");
        assertFilled(source.path("health"), "Health");
        assertFilled(source.path("round"), "Round");
        JsonNode round = source.path("round");
        assertEquals(2, round.path("found").asInt(), "the round's new article URLs");
        assertEquals(2, round.path("waiting").asInt(), "none fetched yet");
        assertTrue(round.path("running").asBoolean(), "running while some wait");
        assertTrue(!round.path("listing").asBoolean(), "the listing poll is over");
        assertTrue(round.path("startedAt").isTextual());

        JsonNode imported = mapper.readTree(given().auth().oauth2(admin).contentType(ContentType.JSON)
            .body(List.of(Map.of("name", "", "homepage", "https://imported.example.org/")))
            .post("/api/sources/import").then().statusCode(200).extract().asString());
        assertFilled(imported, "ImportResult");
        assertFilled(imported.path("failed").get(0), "FailedItem");
        assertFilled(imported.path("failed").get(0).path("errors").get(0), "FieldError");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void assertFilled(JsonNode answer, String schemaName) {
        assertEquals(List.of(), Contracts.departures(answer, schemas().path(schemaName)), schemaName);
    }
}
