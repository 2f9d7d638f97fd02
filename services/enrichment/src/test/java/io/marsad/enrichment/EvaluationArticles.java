package io.marsad.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The annotated news articles of the entity evaluation sets (src/test/resources/evaluation), for tests that read every one. */
public final class EvaluationArticles {

    public static final List<String> SETS = List.of("entity-articles", "entity-articles-holdout", "entity-common-words", "entity-common-words-holdout");

    private EvaluationArticles() {}

    /** Every article of every set, in order: {@code id}, {@code language}, {@code title}, {@code body} and the annotations. */
    public static List<JsonNode> all() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        for (String set : SETS) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                EvaluationArticles.class.getResourceAsStream("/evaluation/" + set + ".jsonl"), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    articles.add(json.readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(set, e);
            }
        }
        return articles;
    }
}
