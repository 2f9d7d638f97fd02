package io.marsad.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.util.BitSet;

/**
 * Lucene's {@link ASCIIFoldingFilter} (what the index runs as {@code asciifolding}) for the
 * services' analyzers, with the same output, skipping the tokens it would leave as they are. Lucene's
 * filter folds every token holding a character above ASCII, so each Arabic, Persian and Russian word
 * goes through its switch character by character only to come out unchanged; here a token is folded
 * only when it holds a character the switch changes, which is known for every char beforehand.
 */
final class LatinFoldingFilter extends TokenFilter {

    /** The chars {@link ASCIIFoldingFilter#foldToASCII} changes, asked of it one by one (it folds each char alone). */
    private static final BitSet FOLDABLE = foldable();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080' && FOLDABLE.get(buffer[i])) {
                fold(buffer, length);
                return true;
            }
        }
        return true;
    }

    private void fold(char[] buffer, int length) {
        // a char folds to at most four (as ASCIIFoldingFilter sizes its own buffer)
        output = ArrayUtil.grow(output, 4 * length);
        int folded = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
        term.copyBuffer(output, 0, folded);
    }

    private static BitSet foldable() {
        BitSet foldable = new BitSet(Character.MAX_VALUE + 1);
        char[] one = new char[1];
        char[] out = new char[4];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(one, 0, out, 0, 1);
            if (length != 1 || out[0] != c) {
                foldable.set(c);
            }
        }
        return foldable;
    }
}
