package io.marsad.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {

    static List<String> words(String text) {
        return MarsadAnalyzers.tokens(MarsadAnalyzers.chain("marsad_folded"), text);
    }

    static final String ARTICLE = "عقد اجتماع القمة بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية "
        + "في منطقة أمور في أقصى الشرق الروسي الأربعاء بعد أربع سنوات وخمسة أشهر من لقاءهما الأخير وسيجري الزعيمان محادثات يمكن أن تفضي "
        + "إلى إبرام صفقة أسلحة من شأنها أن تنتهك العقوبات الدولية وبالتزامن مع زيارة كيم لروسيا أطلقت بيونغ يانغ صاروخين بالستيين الأربعاء "
        + "حسبما أعلن الجيش الكوري الجنوبي في اختبار جديد ينتهك العقوبات";

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
}
