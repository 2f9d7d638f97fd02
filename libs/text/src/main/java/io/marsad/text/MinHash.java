package io.marsad.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures of texts' word shingles and their LSH bands: two texts whose shingle sets have
 * Jaccard similarity s share at least one band with probability 1 − (1 − s^rows)^bands, so near
 * duplicates (syndicated copies, light rewrites) are found without comparing every pair. With 42
 * bands of 3 rows, pairs at s = 0.5 are candidates with probability 0.996, at s = 0.35 with 0.85
 * (a trimmed copy has a low s but is contained in its original), at s = 0.1 with 0.04.
 */
public final class MinHash {

    public static final int SHINGLE = 4;
    public static final int HASHES = 126;
    public static final int BANDS = 42;
    public static final int ROWS = HASHES / BANDS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(0x4D61727361644CL); // fixed: signatures must be comparable across runs
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = random.nextLong();
        }
    }

    private MinHash() {}

    /** The signature of a token sequence's {@value #SHINGLE}-token shingles (texts shorter than that: one shingle). */
    public static int[] signature(List<String> tokens) {
        return signature(shingles(tokens));
    }

    /** The distinct {@value #SHINGLE}-token shingles of a token sequence, hashed, in ascending order. */
    public static long[] shingles(List<String> tokens) {
        int size = Math.min(SHINGLE, tokens.size());
        if (size == 0) {
            return new long[0];
        }
        // each token encoded once, not once per shingle it is in; the hash is that of the tokens joined by spaces
        byte[][] encoded = new byte[tokens.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = tokens.get(i).getBytes(StandardCharsets.UTF_8);
        }
        long[] shingles = new long[tokens.size() - size + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = FNV_OFFSET;
            for (int t = i; t < i + size; t++) {
                if (t > i) {
                    h = fnv(h, (byte) ' ');
                }
                for (byte b : encoded[t]) {
                    h = fnv(h, b);
                }
            }
            shingles[i] = h;
        }
        // distinct by sorting in place: no boxed set for the few hundred shingles of an article
        Arrays.sort(shingles);
        int distinct = 1;
        for (int i = 1; i < shingles.length; i++) {
            if (shingles[i] != shingles[distinct - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return distinct == shingles.length ? shingles : Arrays.copyOf(shingles, distinct);
    }

    /** The signature of a set of hashed shingles (each once). */
    public static int[] signature(long[] shingles) {
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            // one hash function per seed; the minimum kept in a register over the shingles' array
            long seed = SEEDS[i];
            int min = Integer.MAX_VALUE;
            for (long shingle : shingles) {
                min = Math.min(min, (int) (mix64(shingle ^ seed) >>> 33));
            }
            signature[i] = min;
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * Estimated share of the smaller text's shingles that the other text has too, from the
     * estimated Jaccard similarity and the two set sizes: |A ∩ B| = s (|A| + |B|) / (1 + s).
     */
    public static double containment(int[] a, int shinglesA, int[] b, int shinglesB) {
        if (shinglesA == 0 || shinglesB == 0) {
            return 0;
        }
        double s = similarity(a, b);
        double intersection = s * (shinglesA + shinglesB) / (1 + s);
        return Math.min(1, intersection / Math.min(shinglesA, shinglesB));
    }

    /** One hash per band of {@value #ROWS} rows; equal band hashes at the same index make two texts candidates. */
    public static long[] bands(int[] signature) {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = 1125899906842597L;
            for (int row = 0; row < ROWS; row++) {
                h = 31 * h + signature[band * ROWS + row];
            }
            bands[band] = h;
        }
        return bands;
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    /** One step of FNV-1a, 64 bit: a shingle's hash is FNV-1a of its tokens' UTF-8 bytes joined by spaces. */
    private static long fnv(long h, byte b) {
        return (h ^ (b & 0xff)) * 0x100000001b3L;
    }
}
