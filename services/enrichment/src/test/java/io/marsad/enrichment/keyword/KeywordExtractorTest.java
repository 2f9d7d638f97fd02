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
        return KeywordExtractor.Statistics.of(texts.length, stem -> frequencies.getOrDefault(stem, 0L));
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

    /** A stem written several ways is shown as the article wrote it most, weighted as it is counted (a title word thrice). */
    @Test
    void aStemIsShownInTheSpellingTheArticleUsedMost() {
        List<KeywordExtractor.Term> body = KeywordExtractor.terms("en", null, "Satellites were launched. The satellite failed, and two satellites burned.");
        KeywordExtractor.Term satellite = body.stream().filter(t -> t.stem().equals(KeywordExtractor.terms("en", null, "satellite").get(0).stem()))
            .findFirst().orElseThrow(() -> new AssertionError(body.toString()));
        assertEquals(3, satellite.frequency());
        assertEquals("satellites", satellite.text(), "twice satellites (one capitalised), once satellite");

        List<KeywordExtractor.Term> titled = KeywordExtractor.terms("en", "Satellite lost", "Two satellites burned, three satellites failed.");
        assertEquals("satellite", titled.stream().filter(t -> t.frequency() == KeywordExtractor.TITLE_WEIGHT + 2).findFirst()
            .orElseThrow(() -> new AssertionError(titled.toString())).text(), "the title's one spelling weighs three, the body's other two");
    }

    @Test
    void tagsAreTrimmedAndTheirRepeatsDropped() {
        List<String> tags = KeywordExtractor.normalisedTags(List.of(" Russia ", "russia", "أوكرانيا", "اوكرانيا", "North  Korea", "", "  "), 50);
        assertEquals(List.of("Russia", "أوكرانيا", "North Korea"), tags);
        List<String> merged = KeywordExtractor.merge(tags, List.of(new KeywordExtractor.Keyword("russia", 3), new KeywordExtractor.Keyword("sanctions", 2)));
        assertEquals(List.of("Russia", "أوكرانيا", "North Korea", "sanctions"), merged);
    }

    /** The best terms by score, ties by text, as sorting all of them would give, however many are asked for. */
    @Test
    void theTopTermsAreTheBestOfAllInOrder() {
        java.util.Random random = new java.util.Random(3);
        List<KeywordExtractor.Term> terms = new java.util.ArrayList<>();
        Map<String, Long> frequencies = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            String stem = "stem" + i;
            terms.add(new KeywordExtractor.Term(stem, 1 + random.nextInt(4), "word" + (char) ('a' + random.nextInt(26)) + i));
            frequencies.put(stem, (long) random.nextInt(5)); // few distinct scores: many ties
        }
        KeywordExtractor.Statistics statistics = KeywordExtractor.Statistics.of(10, frequencies::get);
        List<KeywordExtractor.Keyword> all = KeywordExtractor.top(terms, statistics, terms.size());
        assertEquals(300, all.size());
        for (int i = 1; i < all.size(); i++) {
            KeywordExtractor.Keyword before = all.get(i - 1);
            KeywordExtractor.Keyword after = all.get(i);
            assertTrue(before.score() > after.score() || before.score() == after.score() && before.text().compareTo(after.text()) < 0, before + " then " + after);
        }
        for (int limit : new int[] {0, 1, 7, 299, 400}) {
            assertEquals(all.subList(0, Math.min(limit, all.size())), KeywordExtractor.top(terms, statistics, limit), "limit " + limit);
        }
    }
}
