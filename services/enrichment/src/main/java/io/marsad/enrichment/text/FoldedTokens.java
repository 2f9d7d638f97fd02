package io.marsad.enrichment.text;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * An article's title and body under the folded chain, analysed once per enrichment batch: entities,
 * keywords and stories all read them, and analysing the body three times was a sixth of the
 * service's CPU (docs/text-analysis.md#throughput). The batch's stages run on one thread, so the
 * tokens are kept for that thread while {@link #sharedDuring} runs; outside it, each call analyses.
 */
public final class FoldedTokens {

    private static final AnalysisChain FOLDED = MarsadAnalyzers.chain("marsad_folded");
    private static final ThreadLocal<Map<String, List<Token>>> BATCH = new ThreadLocal<>();

    private FoldedTokens() {}

    /** Runs the work (a batch's stages) with each text's tokens kept once analysed, then forgets them. */
    public static <T> T sharedDuring(Callable<T> work) throws Exception {
        if (BATCH.get() != null) {
            return work.call();
        }
        BATCH.set(new HashMap<>());
        try {
            return work.call();
        } finally {
            BATCH.remove();
        }
    }

    /** The text's tokens under the folded chain, with their offsets in it. */
    public static List<Token> of(String text) {
        Map<String, List<Token>> kept = BATCH.get();
        if (kept == null) {
            return MarsadAnalyzers.tokensWithOffsets(FOLDED, text);
        }
        return kept.computeIfAbsent(text, t -> List.copyOf(MarsadAnalyzers.tokensWithOffsets(FOLDED, t)));
    }

    /**
     * The tokens of {@code title + "\n" + body} (the article's full text, a null part read as empty), from those of each: the
     * chain reads one word at a time and a line break ends one, so the two lists joined, the body's
     * offsets moved past the title, are the full text's tokens.
     */
    public static List<Token> ofJoined(String title, String body) {
        List<Token> first = of(title == null ? "" : title);
        List<Token> second = of(body == null ? "" : body);
        int shift = (title == null ? 0 : title.length()) + 1;
        List<Token> joined = new ArrayList<>(first.size() + second.size());
        joined.addAll(first);
        for (Token token : second) {
            joined.add(new Token(token.term(), token.start() + shift, token.end() + shift));
        }
        return joined;
    }
}
