package io.marsad.alerting.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.support.elasticsearch.ArticleDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** libs/query's equivalence set, read in place so that the translators' tests and alerting's judge the same queries and articles. */
final class EquivalenceSet {

    private static final Path SET = Path.of(System.getProperty("marsad.root", "../.."), "libs/query/src/test/resources/equivalence");

    private EquivalenceSet() {}

    static List<ArticleDocument> articles() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<ArticleDocument> articles = new ArrayList<>();
        for (String line : Files.readAllLines(SET.resolve("articles.jsonl"))) {
            if (!line.isBlank()) {
                articles.add(json.readValue(line, ArticleDocument.class));
            }
        }
        return articles;
    }

    static List<String> queries() throws IOException {
        return Files.readAllLines(SET.resolve("queries.txt")).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
