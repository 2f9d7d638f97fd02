package io.marsad.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.testing.Tokens;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

/** Enriched articles as enrichment hands them to alerting (docs/contracts/enriched-articles.openapi.yaml), for tests. */
public final class InboxFixtures {

    private InboxFixtures() {}

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A complete article of the contract, every property set. */
    public static Map<String, Object> article(String id, String indexedAt, String title) {
        Map<String, Object> article = new HashMap<>();
        article.put("id", id);
        article.put("index", "articles-2026.11");
        article.put("canonicalUrl", "https://news.example.org/world/" + id);
        article.put("sourceId", 7);
        article.put("sourceName", "أخبار العالم");
        article.put("site", "news.example.org");
        article.put("title", title);
        article.put("body", "التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون.");
        article.put("language", "ar");
        article.put("script", "Arab");
        article.put("publishedAt", "2026-11-25T07:30:00Z");
        article.put("indexedAt", indexedAt);
        article.put("entities", List.of("person:vladimir-putin", "person:kim-jong-un"));
        article.put("persons", List.of("Vladimir Putin", "Kim Jong Un"));
        article.put("organizations", List.of());
        article.put("locations", List.of());
        article.put("tags", List.of("روسيا"));
        article.put("keywords", List.of("روسيا", "بوتين"));
        article.put("storyId", id);
        return article;
    }

    /** The real Arabic article of shared/samples (written with Arabic letters throughout). */
    public static Map<String, Object> seedArticle(String id) {
        try {
            JsonNode seed = new ObjectMapper().readTree(Files.readString(
                Path.of(System.getProperty("marsad.root", "../.."), "../shared/samples/arabic-aggregator-article.expected.json")));
            List<String> paragraphs = new ArrayList<>();
            seed.path("bodyParagraphs").forEach(p -> paragraphs.add(p.asText()));
            Map<String, Object> article = article(id, "2026-11-25T08:00:00Z", seed.path("title").asText());
            article.put("body", String.join("\n\n", paragraphs));
            article.put("sourceName", "سكاي نيوز عربية");
            return article;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the articles to alerting as enrichment does; all must be accepted. */
    public static void send(List<Map<String, Object>> articles) {
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON).body(Map.of("articles", articles))
            .post("/api/articles").then().statusCode(202).body("accepted", hasSize(articles.size()));
    }
}
