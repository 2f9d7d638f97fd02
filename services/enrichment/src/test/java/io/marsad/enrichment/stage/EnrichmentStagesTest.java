package io.marsad.enrichment.stage;

import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.entity.KnowledgeBase;
import io.marsad.enrichment.keyword.KeywordExtractor;
import io.marsad.enrichment.repository.TermStatisticsRepository;
import io.marsad.enrichment.service.LanguageIdentifier;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each enrichment stage alone, on typed articles: what it adds, and that it leaves the rest as it was. */
class EnrichmentStagesTest {

    static final ArticleDocument SUMMIT = ArticleDocument.builder().id("0123456789abcdef0123456789abcdef")
        .canonicalUrl("https://WWW.SkyNewsArabia.com/world/1")
        .title("بوتين يستقبل كيم جونغ أون في قاعدة فوستوشني")
        .body("استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوتشني الفضائية. "
            + "وقال الكرملين إن المحادثات تناولت التعاون العسكري.")
        .languageDeclared("en") // a wrong claim: the text decides
        .tags(List.of(" روسيا ", "روسيا", "كوريا  الشمالية"))
        .build();

    @Test
    void languageIsIdentifiedFromTheTextAndTheClaimKeptApart() {
        LanguageStage stage = new LanguageStage(new LanguageIdentifier(() -> List.of("ar", "en", "fr", "ru")));
        ArticleDocument enriched = stage.enrich(SUMMIT);
        assertEquals("ar", enriched.language());
        assertEquals("en", enriched.languageDeclared());
        assertEquals("Arab", enriched.script());
        assertEquals(SUMMIT.title(), enriched.title());
        ArticleDocument tiny = ArticleDocument.builder().id("x").title("OK").body("").languageDeclared("FR").build();
        assertEquals("fr", stage.enrich(tiny).language(), "too little text: the page's claim is used");
    }

    @Test
    void siteIsTheCanonicalHostWithoutWww() {
        SiteStage stage = new SiteStage();
        assertEquals("skynewsarabia.com", stage.enrich(SUMMIT).site());
        assertNull(stage.enrich(SUMMIT.toBuilder().canonicalUrl("not a url").build()).site());
        assertNull(stage.enrich(SUMMIT.toBuilder().canonicalUrl(null).build()).site());
    }

    @Test
    void entitiesAreFoundInTitleAndBodyInAnyScript() {
        ArticleDocument enriched = EntityStage.enrich(SUMMIT, new EntityMatcher(KnowledgeBase.load()));
        assertTrue(enriched.entities().containsAll(List.of("person:vladimir-putin", "person:kim-jong-un")), enriched.entities().toString());
        assertTrue(enriched.persons().containsAll(List.of("Vladimir Putin", "Kim Jong Un")), enriched.persons().toString());
        assertEquals(enriched.entities().size(), Set.copyOf(enriched.entities()).size(), "each entity once");
        assertEquals(SUMMIT.body(), enriched.body());
    }

    @Test
    void keywordsAreTheNormalisedTagsThenTheBestTerms() {
        List<KeywordExtractor.Term> terms = KeywordExtractor.terms("ar", SUMMIT.title(), SUMMIT.body());
        KeywordExtractor.Statistics collection = KeywordExtractor.Statistics.of(1000, stem -> 10);
        ArticleDocument enriched = KeywordStage.withKeywords(SUMMIT, terms, collection, 5);
        assertEquals(List.of("روسيا", "كوريا الشمالية"), enriched.tags(), "tags stripped, spaces collapsed, duplicates dropped");
        assertEquals(enriched.tags(), enriched.keywords().subList(0, 2));
        assertEquals(7, enriched.keywords().size(), "two tags and five terms");
    }

    @Test
    void aBatchIsWeighedAgainstItsOwnCountedArticlesAsWellAsTheStoredOnes() {
        KeywordExtractor.Statistics stored = KeywordExtractor.Statistics.of(100, stem -> stem.equals("port") ? 10 : 0);
        Map<String, KeywordExtractor.Statistics> combined = KeywordStage.withBatch(Map.of("en", stored, "ar", stored), Map.of(
            "a", new TermStatisticsRepository.Counted("en", Set.of("port", "deal")),
            "b", new TermStatisticsRepository.Counted("en", Set.of("port"))));
        assertEquals(102, combined.get("en").documents());
        assertEquals(12, combined.get("en").documentFrequency("port"));
        assertEquals(1, combined.get("en").documentFrequency("deal"));
        assertEquals(0, combined.get("en").documentFrequency("minister"));
        assertEquals(100, combined.get("ar").documents(), "a language without counted articles in the batch as stored");
    }

    @Test
    void aQuarterOfTheArticlesAlwaysTheSameOnesAreCountedIntoTheStatistics() {
        java.util.Random random = new java.util.Random(4);
        int counted = 0;
        for (int i = 0; i < 4000; i++) {
            String id = String.format("%016x%016x", random.nextLong(), random.nextLong());
            boolean inSample = KeywordStage.countedInStatistics(id, 4);
            assertEquals(inSample, KeywordStage.countedInStatistics(id, 4), "a re-sent article is decided alike");
            assertTrue(KeywordStage.countedInStatistics(id, 1), "a sample of one counts every article");
            counted += inSample ? 1 : 0;
        }
        assertTrue(counted > 900 && counted < 1100, counted + " of 4000");
    }

    @Test
    void theChainRunsStagesInOrderAndRefusesOneThatLosesArticles() throws Exception {
        List<String> seen = new ArrayList<>();
        EnrichmentStage first = batch -> {
            seen.add("first");
            return batch.stream().map(a -> a.toBuilder().language("ar").build()).toList();
        };
        EnrichmentStage second = batch -> {
            seen.add("second sees " + batch.get(0).language());
            return batch;
        };
        assertEquals("ar", new EnrichmentChain(List.of(first, second)).enrich(List.of(SUMMIT)).get(0).language());
        assertEquals(List.of("first", "second sees ar"), seen);

        EnrichmentStage losing = batch -> List.of();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new EnrichmentChain(List.of(losing)).enrich(List.of(SUMMIT)));
        assertTrue(e.getMessage().contains("0 of 1"), e.getMessage());
    }
}
