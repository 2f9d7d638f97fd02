package io.marsad.enrichment.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.marsad.text.AnalysisChain;
import io.marsad.text.ElasticsearchAnalysis;
import io.marsad.text.MarsadAnalyzers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index and the services analyse text identically: every chain of libs/text, rendered into
 * index settings, run by the real Elasticsearch node's {@code _analyze}, against the same chain run
 * by the library, on 1,700+ Arabic, Persian, English, French and Russian words (with their spelling
 * variants).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisEquivalenceTest {

    static final String INDEX = "analysis-equivalence";

    @Inject
    ElasticsearchClient client;

    List<String> words;

    @BeforeAll
    void createIndexFromTheLibrarysSettings() throws Exception {
        words = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(getClass().getResourceAsStream("/analysis/wordlist.txt")), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> words.add(l.substring(l.indexOf('\t') + 1)));
        }
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        String settings = "{\"settings\": {\"number_of_shards\": 1, \"number_of_replicas\": 0, \"analysis\": " + ElasticsearchAnalysis.settingsJson() + "}}";
        client.indices().create(c -> c.index(INDEX).withJson(new StringReader(settings)));
    }

    @Test
    void everyChainTokenisesEveryWordAsTheLibraryDoes() throws Exception {
        assertTrue(words.size() >= 500, "word list has " + words.size() + " words");
        List<String> differences = new ArrayList<>();
        for (AnalysisChain chain : MarsadAnalyzers.CHAINS) {
            for (int from = 0; from < words.size(); from += 100) {
                List<String> batch = words.subList(from, Math.min(words.size(), from + 100));
                List<String> library = new ArrayList<>();
                batch.forEach(word -> library.addAll(MarsadAnalyzers.tokens(chain, word)));
                if (!library.equals(elasticsearch(chain, batch))) {
                    for (String word : batch) {
                        List<String> expected = MarsadAnalyzers.tokens(chain, word);
                        List<String> actual = elasticsearch(chain, List.of(word));
                        if (!expected.equals(actual)) {
                            differences.add(chain.name() + " " + word + ": library " + expected + ", Elasticsearch " + actual);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void spellingVariantsMeetInOneToken() {
        AnalysisChain arabic = MarsadAnalyzers.chain("marsad_ar");
        assertEquals(MarsadAnalyzers.tokens(arabic, "كوريا الشمالية"), MarsadAnalyzers.tokens(arabic, "کوریا الشمالیة"));
        assertEquals(MarsadAnalyzers.tokens(arabic, "كوريا الشمالية"), MarsadAnalyzers.tokens(arabic, "كوريا الشماليّة"));
        AnalysisChain folded = MarsadAnalyzers.chain("marsad_folded");
        assertEquals(MarsadAnalyzers.tokens(folded, "أحمد"), MarsadAnalyzers.tokens(folded, "احمد"));
        assertEquals(MarsadAnalyzers.tokens(folded, "Résumé café"), MarsadAnalyzers.tokens(folded, "resume cafe"));
        assertEquals(List.of("2024"), MarsadAnalyzers.tokens(folded, "٢٠٢٤"));
    }

    private List<String> elasticsearch(AnalysisChain chain, List<String> texts) throws Exception {
        return client.indices().analyze(a -> a.index(INDEX).analyzer(chain.name()).text(texts)).tokens().stream()
            .map(AnalyzeToken::token).toList();
    }
}
