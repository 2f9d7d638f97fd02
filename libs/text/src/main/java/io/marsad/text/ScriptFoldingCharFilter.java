package io.marsad.text;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

/**
 * The {@link ArabicScriptFolding} table as a char filter for the services' analyzers: the same
 * characters and the same corrected offsets as Lucene's {@code MappingCharFilter} over that table
 * (which is what the index runs, as Elasticsearch's {@code mapping} char filter), by a lookup in an
 * array instead of an FST walk per character. The table maps single characters of the Arabic block
 * to one character or none, which is what makes the array possible; the mapping filter and its buffer took 6% of
 * the enrichment service's CPU (a profile of {@code ./marsad bench enrichment}).
 */
final class ScriptFoldingCharFilter extends BaseCharFilter {

    private static final char FIRST = '\u0600';
    private static final char LAST = '\u06FF';
    private static final char DELETED = '\uFFFF';
    /** Per character of the block: 0 kept, {@link #DELETED} removed, any other the character it becomes. */
    private static final char[] FOLDED = buildTable(ArabicScriptFolding.table());

    private final char[] chunk = new char[1024];
    private final char[] single = new char[1];
    private int inputOffset;
    private int outputOffset;

    ScriptFoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written == 0) {
            int read = input.read(chunk, 0, Math.min(len, chunk.length));
            if (read == -1) {
                return -1;
            }
            for (int i = 0; i < read; i++) {
                char c = chunk[i];
                char folded = c >= FIRST && c <= LAST ? FOLDED[c - FIRST] : 0;
                inputOffset++;
                if (folded == DELETED) {
                    // as MappingCharFilter records a match replaced by nothing: from this output offset on, one more input char lies behind
                    addOffCorrectMap(outputOffset, inputOffset - outputOffset);
                } else {
                    cbuf[off + written++] = folded == 0 ? c : folded;
                    outputOffset++;
                }
            }
        }
        return written;
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) == -1 ? -1 : single[0];
    }

    @Override
    public void reset() throws IOException {
        input.reset();
        inputOffset = 0;
        outputOffset = 0;
    }

    private static char[] buildTable(Map<Character, String> table) {
        char[] folded = new char[LAST - FIRST + 1];
        table.forEach((from, to) -> {
            if (from < FIRST || from > LAST || to.length() > 1) {
                throw new IllegalStateException("the folding table maps " + from + " → \"" + to + "\": this filter folds only "
                    + "single characters of U+0600–U+06FF to one character or none; give MarsadAnalyzers a MappingCharFilter instead");
            }
            folded[from - FIRST] = to.isEmpty() ? DELETED : to.charAt(0);
        });
        return folded;
    }
}
