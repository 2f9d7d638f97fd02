package io.marsad.enrichment.repository;

import io.marsad.enrichment.keyword.KeywordExtractor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counted articles reach the keyword statistics at the fold, each once however often it is sent;
 * on the real PostgreSQL. Each run counts under a language of its own, so other tests' articles
 * do not move its figures.
 */
@QuarkusTest
class TermStatisticsRepositoryTest {

    @Inject
    TermStatisticsRepository statistics;

    @Test
    void countedArticlesReachTheFrequenciesAtTheFoldOnceEach() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String language = "x-" + run;
        statistics.countAll(Map.of(
            run + "-1", new TermStatisticsRepository.Counted(language, Set.of("port", "deal")),
            run + "-2", new TermStatisticsRepository.Counted(language, Set.of("port", "minister"))));
        assertEquals(0, read(language).documents(), "not before the fold");

        assertTrue(statistics.fold() >= 2);
        KeywordExtractor.Statistics folded = read(language);
        assertEquals(2, folded.documents());
        assertEquals(2, folded.documentFrequency("port"));
        assertEquals(1, folded.documentFrequency("deal"));
        assertEquals(1, folded.documentFrequency("minister"));

        // sent again (a re-fetch, a retried batch), with a third article new
        statistics.countAll(Map.of(
            run + "-1", new TermStatisticsRepository.Counted(language, Set.of("port", "deal")),
            run + "-3", new TermStatisticsRepository.Counted(language, Set.of("port"))));
        statistics.fold();
        KeywordExtractor.Statistics again = read(language);
        assertEquals(3, again.documents(), "the re-sent article is not counted twice");
        assertEquals(3, again.documentFrequency("port"));
        assertEquals(1, again.documentFrequency("deal"));
        assertEquals(0, statistics.fold(), "nothing left to fold");
    }

    private KeywordExtractor.Statistics read(String language) throws Exception {
        return statistics.statistics(Map.of(language, List.of("port", "deal", "minister"))).get(language);
    }
}
