package io.marsad.alerting.service;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An article term's marked prefixes are the same hashed from its bytes (Marsad's presearcher) as the
 * prefixes a token stream adds (Lucene's), hashed.
 */
class WildcardPrefixesTest {

    private static final List<String> WORDS = List.of("sanctions", "san", "sanc", "sa", "بوتين", "بوت", "санкции", "Путин",
        "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03", "éléphant", "x");

    @Test
    void bytesAndTokensGiveTheSamePrefixes() throws Exception {
        Map<String, List<String>> fromTokens = fromTokenStream();
        Map<String, List<Long>> hashedTokens = new LinkedHashMap<>();
        fromTokens.forEach((word, prefixes) -> hashedTokens.put(word, prefixes.stream().map(prefix -> TermHash.of(new BytesRef(prefix))).toList()));
        Map<String, List<Long>> fromBytes = new LinkedHashMap<>();
        for (String word : WORDS) {
            List<Long> prefixes = new ArrayList<>();
            WildcardPrefixes.markedPrefixHashes(new BytesRef(word), prefixes::add);
            fromBytes.put(word, prefixes);
        }
        assertEquals(hashedTokens, fromBytes);
        assertEquals(List.of("\u0001san", "\u0001sanc"), fromTokens.get("sanctions"));
        assertEquals(List.of("\u0001بوت", "\u0001بوتي"), fromTokens.get("بوتين"));
        assertEquals(List.of("\u0001san"), fromTokens.get("san"));
        assertEquals(List.of(), fromTokens.get("sa"));
        assertEquals(WORDS.size(), fromBytes.size());
    }

    private static Map<String, List<String>> fromTokenStream() throws Exception {
        WhitespaceTokenizer words = new WhitespaceTokenizer();
        words.setReader(new StringReader(String.join(" ", WORDS)));
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        try (TokenStream tokens = new WildcardPrefixes().wrapTermStream("body", words)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            String word = null;
            while (tokens.incrementToken()) {
                if (position.getPositionIncrement() == 0) {
                    prefixes.get(word).add(term.toString());
                } else {
                    word = term.toString();
                    prefixes.put(word, new ArrayList<>());
                }
            }
            tokens.end();
        }
        return prefixes;
    }
}
