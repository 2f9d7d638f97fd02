package io.marsad.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {

    static final long PINNED_FIRST_BAND = -3351803991603856319L;

    static List<String> words(String text) {
        return MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), text);
    }

    static final String ARTICLE = "عقد اجتماع القمة بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية "
        + "في منطقة أمور في أقصى الشرق الروسي الأربعاء بعد أربع سنوات وخمسة أشهر من لقاءهما الأخير وسيجري الزعيمان محادثات يمكن أن تفضي "
        + "إلى إبرام صفقة أسلحة من شأنها أن تنتهك العقوبات الدولية وبالتزامن مع زيارة كيم لروسيا أطلقت بيونغ يانغ صاروخين بالستيين الأربعاء "
        + "حسبما أعلن الجيش الكوري الجنوبي في اختبار جديد ينتهك العقوبات";

    /**
     * Stored signatures are compared with new ones, so the hashing must not change: shingles hashed
     * as FNV-1a of their tokens joined by spaces, one SplitMix64-mixed hash per seed, each the minimum
     * over the shingles. This is that definition written plainly, against the implementation, and a
     * band pinned: an optimisation that changes a bit fails here.
     */
    @Test
    void signaturesAreTheDefinitionsBitForBit() {
        for (String text : List.of(ARTICLE, "Putin meets Kim 🚀 at the Vostochny cosmodrome, Amur région", "كيم", "", "a b c", "a b c d")) {
            List<String> tokens = words(text);
            java.util.Set<Long> shingles = new java.util.HashSet<>();
            int size = Math.min(MinHash.SHINGLE, tokens.size());
            for (int i = 0; size > 0 && i + size <= tokens.size(); i++) {
                shingles.add(fnv1a64(String.join(" ", tokens.subList(i, i + size))));
            }
            long[] distinct = shingles.stream().mapToLong(Long::longValue).sorted().toArray();
            assertArrayEquals(distinct, MinHash.shingles(tokens), text);
            int[] expected = new int[MinHash.HASHES];
            java.util.Arrays.fill(expected, Integer.MAX_VALUE);
            for (long shingle : shingles) {
                for (int h = 0; h < MinHash.HASHES; h++) {
                    expected[h] = Math.min(expected[h], (int) (mix64(shingle ^ seed(h)) >>> 33));
                }
            }
            assertArrayEquals(expected, MinHash.signature(distinct), text);
        }
        // pinned: the first band of the article as stored signatures have it
        assertEquals(PINNED_FIRST_BAND, MinHash.bands(MinHash.signature(words(ARTICLE)))[0]);
    }

    private static long seed(int h) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x4D61727361644CL);
        long seed = 0;
        for (int i = 0; i <= h; i++) {
            seed = random.nextLong();
        }
        return seed;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Test
    void identicalTextsHaveIdenticalSignatures() {
        assertArrayEquals(MinHash.signature(words(ARTICLE)), MinHash.signature(words(ARTICLE)));
    }

    @Test
    void aLightRewriteStaysSimilarAndSharesBands() {
        String rewrite = ARTICLE.replace("الأربعاء بعد أربع سنوات", "يوم الأربعاء بعد نحو أربع سنوات").replace(" في اختبار جديد ينتهك العقوبات", "");
        int[] a = MinHash.signature(words(ARTICLE));
        int[] b = MinHash.signature(words(rewrite));
        assertTrue(MinHash.similarity(a, b) > 0.6, "similarity " + MinHash.similarity(a, b));
        assertTrue(sharedBands(a, b) > 0);
    }

    @Test
    void unrelatedTextsAreNotSimilar() {
        String other = "Dockworkers at the country's two busiest container ports returned to work on Wednesday, ending a five-day strike "
            + "that had left dozens of cargo ships waiting at anchor outside the harbour for most of the week";
        int[] a = MinHash.signature(words(ARTICLE));
        int[] b = MinHash.signature(words(other));
        assertTrue(MinHash.similarity(a, b) < 0.1, "similarity " + MinHash.similarity(a, b));
        assertTrue(sharedBands(a, b) == 0);
    }

    static int sharedBands(int[] a, int[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                shared.add(i);
            }
        }
        return shared.size();
    }

    /** FNV-1a, 64 bit, of the text's UTF-8 bytes: the definition stored signatures were made with. */
    private static long fnv1a64(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
