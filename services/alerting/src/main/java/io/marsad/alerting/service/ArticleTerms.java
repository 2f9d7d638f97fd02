package io.marsad.alerting.service;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every term of one article's in-memory index, as a term of its field and as a term of whichever
 * field, and every pair of terms near each other in a field, as 64-bit hashes in one table: what
 * {@link TermRequirement} asks before a candidate subscription is run. A hash the table lacks is a
 * term (or pair) the article certainly lacks; a hash it has is a term it almost certainly has, and
 * the query, run, decides.
 */
final class ArticleTerms {

    /** Pairs are kept for terms up to this many positions apart: a phrase's words, with a removed stop word or two between them. */
    static final int PAIR_DISTANCE = 3;

    private long[] slots;
    private int size;

    private ArticleTerms(long expected) {
        // the estimate counts some hashes twice (a term alike in two fields); the table grows should it fill past half
        slots = new long[Integer.highestOneBit((int) Math.min(1 << 24, Math.max(64, expected))) * 2];
    }

    /** The terms of every indexed field of the reader (one article's), and the near pairs of those with positions. */
    static ArticleTerms of(IndexReader article) throws IOException {
        ArticleTerms terms = new ArticleTerms(expectedHashes(article));
        for (LeafReaderContext leaf : article.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                if (field.getIndexOptions() != IndexOptions.NONE) {
                    terms.addField(leaf.reader(), field);
                }
            }
        }
        return terms;
    }

    /** Two hashes for each term, and up to {@link #PAIR_DISTANCE} pairs for each word of the text. */
    private static long expectedHashes(IndexReader article) throws IOException {
        long expected = 0;
        for (LeafReaderContext leaf : article.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                Terms terms = field.getIndexOptions() == IndexOptions.NONE ? null : leaf.reader().terms(field.name);
                if (terms != null) {
                    expected += 2 * Math.max(0, terms.size()) + PAIR_DISTANCE * Math.max(0, terms.getSumTotalTermFreq());
                }
            }
        }
        return expected;
    }

    private void addField(LeafReader reader, FieldInfo field) throws IOException {
        Terms terms = reader.terms(field.name);
        if (terms == null) {
            return;
        }
        boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
        long fieldState = fieldState(field.name);
        // the field's text rebuilt as term hashes by position (a position may hold several terms: stacked synonyms)
        long[][] byPosition = new long[positions ? 64 : 0][];
        int lastPosition = -1;
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            add(term(fieldState, term));
            long hash = term(term);
            add(hash);
            if (!positions) {
                continue;
            }
            postings = each.postings(postings, PostingsEnum.POSITIONS);
            while (postings.nextDoc() != PostingsEnum.NO_MORE_DOCS) {
                for (int i = 0; i < postings.freq(); i++) {
                    int position = postings.nextPosition();
                    if (position >= byPosition.length) {
                        byPosition = ArrayUtil.grow(byPosition, position + 1);
                    }
                    byPosition[position] = append(byPosition[position], hash);
                    lastPosition = Math.max(lastPosition, position);
                }
            }
        }
        for (int position = 0; position <= lastPosition; position++) {
            if (byPosition[position] == null) {
                continue;
            }
            for (int distance = 1; distance <= PAIR_DISTANCE && position + distance <= lastPosition; distance++) {
                long[] seconds = byPosition[position + distance];
                if (seconds == null) {
                    continue;
                }
                for (long first : byPosition[position]) {
                    for (long second : seconds) {
                        add(pair(first, distance, second));
                    }
                }
            }
        }
    }

    private static long[] append(long[] hashes, long hash) {
        if (hashes == null) {
            return new long[] {hash};
        }
        long[] longer = ArrayUtil.growExact(hashes, hashes.length + 1);
        longer[hashes.length] = hash;
        return longer;
    }

    /** Whether the article may have the term or pair: false only when it certainly has not. */
    boolean has(long hash) {
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long found = slots[slot];
            if (found == hash) {
                return true;
            }
            if (found == 0) {
                return false;
            }
        }
    }

    private void add(long hash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == hash) {
                return;
            }
            if (slots[slot] == 0) {
                slots[slot] = hash;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long hash : old) {
            if (hash != 0) {
                add(hash);
            }
        }
    }

    /** The hash state after a field's name: terms of different fields hash apart. */
    static long fieldState(String field) {
        byte[] name = field.getBytes(StandardCharsets.UTF_8);
        return TermHash.extend(TermHash.extend(TermHash.START, name, 0, name.length), 0xff); // 0xff is never in UTF-8
    }

    /** A term of whichever field. */
    static long term(BytesRef term) {
        return TermHash.of(term);
    }

    /** A term of one field. */
    static long term(long fieldState, BytesRef term) {
        return TermHash.finish(TermHash.extend(fieldState, term.bytes, term.offset, term.offset + term.length));
    }

    /** Two terms (as hashed whatever their field) of one field, the second {@code distance} positions after the first. */
    static long pair(long first, int distance, long second) {
        return TermHash.finish(first * 0x9E3779B97F4A7C15L + second + distance);
    }
}
