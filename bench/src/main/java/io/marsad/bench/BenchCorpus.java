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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    static String pipelineGrant() {
        return "grant_type=client_credentials&client_id=marsad-pipeline&client_secret=" + URLEncoder.encode("marsad-pipeline-dev-secret", StandardCharsets.UTF_8);
    }
}
