package io.marsad.text;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The services' folding filters give exactly what Lucene's {@link MappingCharFilter} and
 * {@link ASCIIFoldingFilter} give (the index runs those, as Elasticsearch's {@code mapping} and
 * {@code asciifolding}): the same characters, tokens and offsets, on text mixing every script and
 * every character the tables change.
 */
class FoldingFiltersTest {

    /** Every char the folding table changes, letters and marks of four scripts, Latin letters ASCII folding changes, digits, spaces, an emoji. */
    private static final String ALPHABET = String.join("",
        ArabicScriptFolding.table().keySet().stream().map(String::valueOf).toList())
        + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "پچژگ" + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЙ"
        + "abcxyzABCXYZ" + "éèêëàâäçôöûüùîïÿñßæœøåÉÀÇŒØ" + "ǅﬁ①Ⅻ½²ŀ" + "0123456789"
        + "     \n\t" + ".,;:!?'’\"«»()-–—/" + "\uD83D\uDE00";

    private static final NormalizeCharMap LUCENE_TABLE = luceneTable();

    @Test
    void scriptFoldingGivesTheMappingFiltersTextAndOffsets() throws IOException {
        Random random = new Random(20261203);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, random.nextInt(round < 200 ? 60 : 3000));
            CharFilter expected = new MappingCharFilter(LUCENE_TABLE, new StringReader(text));
            CharFilter actual = new ScriptFoldingCharFilter(new ChoppyReader(text, random.nextLong()));
            String expectedText = readAll(expected);
            assertEquals(expectedText, readAll(actual), text);
            for (int offset = 0; offset <= expectedText.length(); offset++) {
                assertEquals(expected.correctOffset(offset), actual.correctOffset(offset), "offset " + offset + " of " + text);
            }
            // and one char at a time
            CharFilter oneByOne = new ScriptFoldingCharFilter(new StringReader(text));
            StringBuilder chars = new StringBuilder();
            for (int c; (c = oneByOne.read()) != -1; ) {
                chars.append((char) c);
            }
            assertEquals(expectedText, chars.toString(), text);
        }
    }

    @Test
    void scriptFoldingUnderTheStandardTokenizerGivesTheSameTokensAndOffsets() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, random.nextInt(5000));
            assertEquals(tokens(new StandardTokenizer(), new MappingCharFilter(LUCENE_TABLE, new StringReader(text)), s -> s),
                tokens(new StandardTokenizer(), new ScriptFoldingCharFilter(new StringReader(text)), s -> s), text);
        }
    }

    @Test
    void latinFoldingGivesWhatAsciiFoldingGives() throws IOException {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, random.nextInt(2000));
            assertEquals(tokens(new WhitespaceTokenizer(), new StringReader(text), ASCIIFoldingFilter::new),
                tokens(new WhitespaceTokenizer(), new StringReader(text), LatinFoldingFilter::new), text);
        }
        // every char ASCII folding changes, each alone and all in one token
        StringBuilder all = new StringBuilder();
        for (char c = '\u0080'; c < '\uFFFF'; c++) {
            if (!Character.isWhitespace(c) && !Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        assertEquals(tokens(new WhitespaceTokenizer(), new StringReader(all.toString()), ASCIIFoldingFilter::new),
            tokens(new WhitespaceTokenizer(), new StringReader(all.toString()), LatinFoldingFilter::new));
    }

    @Test
    void theChainsFoldTheSeedArticlesVariantsAsBefore() {
        // Persian letters, diacritics and Latin accents through the services' chains
        assertEquals(List.of("كوريا", "الشماليه", "2024", "cafe", "deja"),
            MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), "کوریا الشمالیّة ٢٠٢٤ Café déjà"));
        List<MarsadAnalyzers.Token> tokens = MarsadAnalyzers.tokensWithOffsets(MarsadAnalyzers.chain("marsad_folded"), "مُحَمَّدٌ الكتـــاب");
        assertEquals(List.of(new MarsadAnalyzers.Token("محمد", 0, 9), new MarsadAnalyzers.Token("الكتاب", 10, 19)), tokens);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (Character.isHighSurrogate(c)) {
                text.append("\uD83D\uDE00");
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[37];
        for (int read; (read = reader.read(buffer, 0, buffer.length)) != -1; ) {
            out.append(buffer, 0, read);
        }
        return out.toString();
    }

    /** Each token with its offsets in the original text, as "term[start,end]". */
    private static List<String> tokens(Tokenizer tokenizer, Reader reader, Function<TokenStream, TokenStream> filter) throws IOException {
        List<String> tokens = new ArrayList<>();
        tokenizer.setReader(reader);
        try (TokenStream stream = filter.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }

    private static NormalizeCharMap luceneTable() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        ArabicScriptFolding.table().forEach((from, to) -> builder.add(String.valueOf(from), to));
        return builder.build();
    }

    /** A reader that hands out its text a few chars at a time, as a network stream may. */
    private static final class ChoppyReader extends Reader {
        private final String text;
        private final Random random;
        private int next;

        ChoppyReader(String text, long seed) {
            this.text = text;
            this.random = new Random(seed);
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (next >= text.length()) {
                return -1;
            }
            int count = Math.min(Math.min(len, 1 + random.nextInt(50)), text.length() - next);
            text.getChars(next, next + count, cbuf, off);
            next += count;
            return count;
        }

        @Override
        public void close() {}
    }
}
