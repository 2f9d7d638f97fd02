package io.marsad.enrichment.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.marsad.enrichment.EvaluationArticles;
import io.marsad.text.MarsadAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class FoldedTokensTest {

    /** Entities read the full text's tokens joined from the title's and the body's: they must be the full text's own. */
    @Test
    void theTitlesAndTheBodysTokensJoinedAreTheFullTextsOnEveryEvaluationArticle() {
        int articles = 0;
        for (JsonNode article : EvaluationArticles.all()) {
            String title = article.path("title").asText();
            String body = article.path("body").asText();
            assertEquals(MarsadAnalyzers.tokensWithOffsets(MarsadAnalyzers.chain("marsad_folded"), title + "\n" + body),
                FoldedTokens.ofJoined(title, body), article.path("id").asText());
            articles++;
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
