package io.marsad.enrichment.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.text.MarsadAnalyzers;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class FoldedTokensTest {

    /** Entities read the full text's tokens joined from the title's and the body's: they must be the full text's own. */
    @Test
    void theTitlesAndTheBodysTokensJoinedAreTheFullTextsOnEveryEvaluationArticle() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int articles = 0;
        for (String set : List.of("entity-articles", "entity-articles-holdout", "entity-common-words", "entity-common-words-holdout")) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/evaluation/" + set + ".jsonl"), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    JsonNode article = json.readTree(line);
                    String title = article.path("title").asText();
                    String body = article.path("body").asText();
                    assertEquals(MarsadAnalyzers.tokensWithOffsets(MarsadAnalyzers.chain("marsad_folded"), title + "\n" + body),
                        FoldedTokens.ofJoined(title, body), article.path("id").asText());
                    articles++;
                }
            }
        }
        assertEquals(105, articles);
        assertEquals(MarsadAnalyzers.tokensWithOffsets(MarsadAnalyzers.chain("marsad_folded"), "\nالرئيس بوتين"),
            FoldedTokens.ofJoined(null, "الرئيس بوتين"), "no title: as the full text writes it, an empty one");
    }

    @Test
    void aTextIsAnalysedOnceWhileABatchRunsAndForgottenAfter() throws Exception {
        String body = "Le président Vladimir Poutine a rencontré Kim Jong-un à Vostochny.";
        List<MarsadAnalyzers.Token> outside = FoldedTokens.of(body);
        assertNotSame(outside, FoldedTokens.of(body), "outside a batch each call analyses");
        List<?>[] kept = FoldedTokens.sharedDuring(() -> new List<?>[] {FoldedTokens.of(body), FoldedTokens.of(body)});
        assertSame(kept[0], kept[1], "within a batch the second call reads what the first analysed");
        assertEquals(outside, kept[0]);
        assertNotSame(kept[0], FoldedTokens.of(body), "after the batch nothing is kept");
    }
}
