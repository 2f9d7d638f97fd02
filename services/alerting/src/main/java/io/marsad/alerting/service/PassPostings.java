package io.marsad.alerting.service;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The postings of the presearcher's pass fields ({@code text_0}, {@code language_2} …) of one
 * segment of the subscription index ({@link SubscriptionIndex}), in hash tables: an article's words are looked up there
 * instead of in the segment's terms dictionary, whose seeks were most of the presearcher's search
 * (docs/alerting.md#performance). A word is found by its 64-bit hash ({@link TermHash}) in an open-addressing
 * table of hashes, one array probed where a map of words went from table to entry to word to bytes.
 * A segment never changes, so its tables are built once, when an article first meets it, and
 * dropped when the segment is closed (merged away, or the matcher closed).
 */
final class PassPostings {

    private static final PerSegment<PassPostings> BY_SEGMENT = new PerSegment<>();
    /**
     * Field (as named before the pass suffix) → term → per pass, the stored queries (documents of the segment) indexed
     * under it, ascending, or null: one lookup per word gives every pass.
     */
    private final Map<String, TermTable> byField;

    private PassPostings(Map<String, TermTable> byField) {
        this.byField = byField;
    }

    /** The segment's maps, built at its first use. */
    static PassPostings of(LeafReader segment, int passes) {
        return BY_SEGMENT.of(segment, reader -> build(reader, passes));
    }

    /** The field's terms (as named before the pass suffix), or null when no stored query has one there. */
    TermTable field(String field) {
        return byField.get(field);
    }

    /** How many segments are kept: for tests. */
    static int segmentsKept() {
        return BY_SEGMENT.size();
    }

    private static PassPostings build(LeafReader segment, int passes) {
        try {
            Map<String, TermTable> byField = new HashMap<>();
            PostingsEnum postings = null;
            for (FieldInfo field : segment.getFieldInfos()) {
                int pass = passOf(field.name, passes);
                if (pass < 0) {
                    continue;
                }
                Terms terms = segment.terms(field.name);
                if (terms == null) {
                    continue;
                }
                TermTable byTerm = byField.computeIfAbsent(field.name.substring(0, field.name.lastIndexOf('_')), f -> new TermTable());
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    postings = each.postings(postings, PostingsEnum.NONE);
                    int[] documents = new int[Math.max(1, each.docFreq())];
                    int count = 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        documents = ArrayUtil.grow(documents, count + 1);
                        documents[count++] = doc;
                    }
                    byTerm.perPass(TermHash.of(term), passes)[pass] = count == documents.length ? documents : ArrayUtil.copyOfSubArray(documents, 0, count);
                }
            }
            return new PassPostings(byField);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pass of a field named {@code <field>_<pass>}, as the multipass presearcher names a pass's field; -1 for any other field. */
    static int passOf(String name, int passes) {
        int underscore = name.lastIndexOf('_');
        if (underscore < 0 || underscore == name.length() - 1 || name.length() - underscore > 4) {
            return -1;
        }
        for (int i = underscore + 1; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return -1;
            }
        }
        int pass = Integer.parseInt(name.substring(underscore + 1));
        return pass < passes ? pass : -1;
    }

    /** Term hash → per pass, the stored queries: open addressing, linear probing, at most half full. */
    static final class TermTable {

        private long[] hashes = new long[16];
        private int[][][] values = new int[16][][];
        private int size;

        /** Per pass, the stored queries indexed under the term (by its {@link TermHash}), ascending (null for a pass without it); null when none. */
        int[][] get(long hash) {
            return values[slotOf(hash, hashes)];
        }

        /** The term's per-pass entry, added empty if new. */
        int[][] perPass(long hash, int passes) {
            if (2 * (size + 1) > hashes.length) {
                grow();
            }
            int slot = slotOf(hash, hashes);
            if (hashes[slot] == 0) {
                hashes[slot] = hash;
                values[slot] = new int[passes][];
                size++;
            }
            return values[slot];
        }

        private void grow() {
            long[] oldHashes = hashes;
            int[][][] oldValues = values;
            hashes = new long[oldHashes.length * 2];
            values = new int[oldHashes.length * 2][][];
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldHashes[i] != 0) {
                    int slot = slotOf(oldHashes[i], hashes);
                    hashes[slot] = oldHashes[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        /** The slot holding the hash, or the empty slot where it would go (the table is never full). */
        private static int slotOf(long hash, long[] hashes) {
            int mask = hashes.length - 1;
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (hashes[slot] != 0 && hashes[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
