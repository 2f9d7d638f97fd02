package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** What the service benchmarks share: news sentences to build articles from, and tokens from the real Keycloak. */
final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchCorpus() {}

    /**
     * The sentences (and, with {@code titles}, the titles) of the entity evaluation sets, by
     * language: news phrasing in Arabic, English, French and Russian, with names.
     */
    static Map<String, List<String>> sentences(Path root, boolean titles) throws Exception {
        Map<String, List<String>> sentences = new HashMap<>();
        for (String set : List.of("entity-articles.jsonl", "entity-articles-holdout.jsonl")) {
            try (BufferedReader lines = Files.newBufferedReader(root.resolve("services/enrichment/src/test/resources/evaluation").resolve(set))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode article = JSON.readTree(line);
                        List<String> ofLanguage = sentences.computeIfAbsent(article.path("language").asText(), l -> new ArrayList<>());
                        for (String sentence : article.path("body").asText().split("(?<=[.!?؟])\\s+")) {
                            ofLanguage.add(sentence.strip());
                        }
                        if (titles) {
                            ofLanguage.add(article.path("title").asText());
                        }
                    }
                }
            }
        }
        return sentences;
    }

    /** An access token from the realm's token endpoint, for a form such as a client-credentials or password grant. */
    static String token(HttpClient http, String realm, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    /** The demo analyst's password grant (the realm's public CLI client). */
    static String analystGrant() {
        return "grant_type=password&client_id=marsad-cli&username=analyst&password=analyst";
    }

    static String pipelineGrant() {
        return "grant_type=client_credentials&client_id=marsad-pipeline&client_secret=" + URLEncoder.encode("marsad-pipeline-dev-secret", StandardCharsets.UTF_8);
    }

    /** A crawled article as the crawler hands it to enrichment (docs/contracts/article-handoff.md): 300 words of the language's news sentences. */
    static Map<String, Object> crawledArticle(int n, Map<String, List<String>> byLanguage, Random random) {
        List<String> languages = List.copyOf(new java.util.TreeSet<>(byLanguage.keySet()));
        String language = languages.get(n % languages.size());
        List<String> sentences = byLanguage.get(language);
        StringBuilder body = new StringBuilder();
        int words = 0;
        for (int s = 0; words < 300; s++) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            body.append(sentence).append(s % 4 == 3 ? "\n\n" : " ");
            words += sentence.split("\\s+").length;
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> article = new HashMap<>();
        article.put("id", id);
        article.put("url", "https://news.example.org/bench/" + id);
        article.put("canonicalUrl", "https://news.example.org/bench/" + id);
        article.put("sourceId", 1 + n % 20);
        article.put("sourceName", "Bench News " + (n % 20));
        article.put("title", sentences.get(random.nextInt(sentences.size())));
        article.put("body", body.toString());
        article.put("authors", List.of());
        article.put("publishedAt", "2026-11-25T07:30:00Z");
        article.put("tags", List.of("bench"));
        article.put("language", language);
        article.put("fetchedAt", "2026-11-25T08:00:00Z");
        return article;
    }


    /** POSTs JSON with a bearer token; fails unless the answer has the expected status (0: any). */
    static void post(HttpClient http, String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
