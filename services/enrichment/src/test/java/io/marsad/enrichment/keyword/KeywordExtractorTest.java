package io.marsad.enrichment.keyword;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordExtractorTest {

    /** Collection statistics of a small corpus, counted the way enrichment counts them. */
    static KeywordExtractor.Statistics corpus(String language, String... texts) {
        Map<String, Long> frequencies = new HashMap<>();
        for (String text : texts) {
            Set<String> stems = new HashSet<>();
            KeywordExtractor.terms(language, null, text).forEach(t -> stems.add(t.stem()));
            stems.forEach(s -> frequencies.merge(s, 1L, Long::sum));
        }
        return new KeywordExtractor.Statistics() {
            public long documents() {
                return texts.length;
            }

            public long documentFrequency(String stem) {
                return frequencies.getOrDefault(stem, 0L);
            }
        };
    }

    static List<String> texts(List<KeywordExtractor.Keyword> keywords) {
        return keywords.stream().map(KeywordExtractor.Keyword::text).toList();
    }

    @Test
    void theSalientWordsOfAnArticleRiseAboveTheOnesEveryArticleHas() {
        String launch = "The government said the rocket carried two satellites into orbit. The rocket launch was the third this year, the agency said.";
        KeywordExtractor.Statistics statistics = corpus("en", launch,
            "The government said the budget would rise this year, the ministry said.",
            "The minister said the talks would continue this year.",
            "Police said the protest ended peacefully, the government said.");
        List<String> top = texts(KeywordExtractor.top(KeywordExtractor.terms("en", "Rocket puts satellites in orbit", launch), statistics, 4));
        assertTrue(top.containsAll(List.of("rocket", "satellites", "orbit")), top.toString());
        assertFalse(top.contains("the") || top.contains("said") || top.contains("government"), top.toString());
    }

    @Test
    void arabicWordsCountTogetherWhateverIsFusedToThem() {
        String text = "أطلقت كوريا الشمالية صاروخا جديدا، وقال الجيش إن الصاروخ سقط في البحر. ويعد إطلاق الصاروخ الثالث هذا العام.";
        List<KeywordExtractor.Term> terms = KeywordExtractor.terms("ar", null, text);
        KeywordExtractor.Term missile = terms.stream().filter(t -> t.text().equals("الصاروخ")).findFirst().orElseThrow(() -> new AssertionError(terms.toString()));
        assertEquals(2, missile.frequency(), "الصاروخ twice; صاروخا (with tanween) is a form of its own under light stemming: " + terms);
        assertTrue(terms.stream().noneMatch(t -> t.text().equals("في") || t.text().equals("إن") || t.text().equals("هذا")), "function words: " + terms);
    }

    @Test
    void titleWordsWeighMore() {
        List<KeywordExtractor.Term> terms = KeywordExtractor.terms("fr", "Grève des dockers", "Les dockers ont cessé le travail.");
        KeywordExtractor.Term dockers = terms.stream().filter(t -> t.text().equals("dockers")).findFirst().orElseThrow();
        assertEquals(KeywordExtractor.TITLE_WEIGHT + 1, dockers.frequency());
    }

    @Test
    void tagsAreTrimmedAndTheirRepeatsDropped() {
        List<String> tags = KeywordExtractor.normalisedTags(List.of(" Russia ", "russia", "أوكرانيا", "اوكرانيا", "North  Korea", "", "  "), 50);
        assertEquals(List.of("Russia", "أوكرانيا", "North Korea"), tags);
        List<String> merged = KeywordExtractor.merge(tags, List.of(new KeywordExtractor.Keyword("russia", 3), new KeywordExtractor.Keyword("sanctions", 2)));
        assertEquals(List.of("Russia", "أوكرانيا", "North Korea", "sanctions"), merged);
    }
}
