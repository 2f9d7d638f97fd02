package io.marsad.alerting.service;

import org.apache.lucene.util.BytesRef;

/**
 * A 64-bit hash of a term's UTF-8 bytes (FNV-1a, then MurmurHash3's final mix), by which the
 * presearcher's postings maps find a word: one number compared instead of the word's bytes, and
 * worked out once per article word for every segment. Two words with the same hash would only
 * make a subscription a candidate that its query then does not match; among a million words that
 * happens about once in ten million million maps. Never 0, which the maps keep for an empty slot.
 */
final class TermHash {

    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private TermHash() {}

    static long of(BytesRef term) {
        return finish(extend(START, term.bytes, term.offset, term.offset + term.length));
    }

    /** The running hash after one more byte. */
    static long extend(long state, int oneByte) {
        return (state ^ (oneByte & 0xff)) * PRIME;
    }

    /** The running hash after bytes {@code from} (inclusive) to {@code to} (exclusive). */
    static long extend(long state, byte[] bytes, int from, int to) {
        long hash = state;
        for (int i = from; i < to; i++) {
            hash = (hash ^ (bytes[i] & 0xff)) * PRIME;
        }
        return hash;
    }

    static long finish(long state) {
        long hash = state;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
