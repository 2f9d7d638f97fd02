package io.marsad.enrichment;

import io.marsad.local.testing.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Articles as the crawler hands them off, and the service-account token it sends them with. */
public final class HandOffFixtures {

    private HandOffFixtures() {}

    /** A client-credentials token of the marsad-pipeline service account, from the real Keycloak. */
    public static String pipelineToken() {
        return Tokens.pipelineToken();
    }

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static Map<String, Object> article(String id, String title) {
        Map<String, Object> article = new HashMap<>();
        article.put("id", id);
        article.put("url", "https://news.example.org/world/" + id);
        article.put("canonicalUrl", "https://news.example.org/world/" + id);
        article.put("sourceId", 7);
        article.put("sourceName", "أخبار العالم");
        article.put("title", title);
        article.put("body", "التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون.");
        article.put("authors", List.of());
        article.put("publishedAt", "2023-09-13T07:30:00Z");
        article.put("language", "ar");
        article.put("tags", List.of("بوتين"));
        article.put("fetchedAt", "2025-11-25T20:00:00Z");
        return article;
    }
}
