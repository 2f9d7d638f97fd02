package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShingleF1Test {

    @Test
    void identicalTextsScoreOneWhateverTheFormatting() {
        assertEquals(1.0, ShingleF1.of("The quick brown fox jumps over", "the  QUICK brown\n\nfox, jumps over!"), 1e-9);
    }

    @Test
    void disjointTextsScoreZero() {
        assertEquals(0.0, ShingleF1.of("one two three four five", "six seven eight nine ten"), 1e-9);
    }

    @Test
    void extraTextLowersPrecision() {
        // 2 expected shingles, 4 extracted, 2 shared: P = 0.5, R = 1, F1 = 2/3
        assertEquals(2.0 / 3, ShingleF1.of("a b c d e f g", "a b c d e"), 1e-9);
    }

    @Test
    void worksForArabicScript() {
        assertEquals(1.0, ShingleF1.of("التقى الرئيس الروسي بالزعيم الكوري", "التقى الرئيس الروسي بالزعيم الكوري"), 1e-9);
        assertEquals(0.0, ShingleF1.of("", "نص"), 1e-9);
    }

    @Test
    void readsEachChineseCharacterAsAToken() {
        // written without spaces: with runs of letters as tokens each sentence would be a single token and
        // a body missing one clause would share nothing with the expected text
        double oneClauseMissing = ShingleF1.of("韩国娱乐圈的负面新闻不断", "近来韩国娱乐圈的负面新闻不断");
        assertEquals(2 * (9.0 / 9) * (9.0 / 11) / (1 + 9.0 / 11), oneClauseMissing, 1e-9);
        assertEquals(1.0, ShingleF1.of("Marsad 报道 2011 年", "marsad报道2011年"), 1e-9);
    }

    @Test
    void aSoftHyphenInsideAWordIsNoBreak() {
        // zdrowiutko.info writes "jak\u00ADby", "przy\u00ADniesie": the word a reader sees, and an extractor may drop the sign
        assertEquals(1.0, ShingleF1.of("Przyniesie ulgę jakby w każdym bólu", "Przy\u00ADniesie ulgę jak\u00ADby w każdym bólu"), 1e-9);
    }
}
