package io.marsad.enrichment.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.marsad.enrichment.index.MonthSegments;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When enrichment's month changes, it asks the node to merge the month that is over into one
 * segment (the merge itself: {@code ClosedMonthsMergeTest}). Two months of 2098 stand in for last
 * month and this one; the write alias goes back to the real month afterwards.
 */
@QuarkusTest
class ArticleIndexMonthChangeTest {

    static final YearMonth LAST = YearMonth.of(2098, 7);
    static final YearMonth THIS = YearMonth.of(2098, 8);

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexConfig config;

    @AfterEach
    void backToTheRealMonth() throws Exception {
        ArticleIndices.ensureWriteIndex(client, config.replicas(), YearMonth.now(ZoneOffset.UTC));
        MonthSegments.drop(client, LAST, THIS);
    }

    @Test
    void theMonthThatIsOverIsMergedWhenTheMonthChanges() throws Exception {
        ArticleIndex index = new ArticleIndex(client, config);
        assertEquals(ArticleIndices.indexOf(LAST), index.ensureWriteIndex(LAST));
        // the change's first background work copies language fields into articles without them, this test's too if they
        // are written meanwhile: one more segment. Written after it, they show only the test's three refreshes
        index.awaitClosedMonthsWork();
        for (int i = 0; i < 3; i++) {
            indexOneSegment(i);
        }
        assertEquals(3, segments(LAST), "written in three refreshes while it was the current month");

        assertEquals(ArticleIndices.indexOf(THIS), index.ensureWriteIndex(THIS));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (segments(LAST) > 1) {
            assertTrue(System.nanoTime() < deadline, "last month merged into one segment within a minute of the change");
            Thread.sleep(200);
        }
        client.indices().refresh(r -> r.index(ArticleIndices.indexOf(LAST)));
        assertEquals(3, client.count(c -> c.index(ArticleIndices.indexOf(LAST))).count(), "every article kept");
    }

    /** One article through the write alias: a segment of its own. */
    private void indexOneSegment(int i) throws Exception {
        MonthSegments.indexOneSegment(client, ArticleIndex.WRITE_ALIAS, 9800L + i);
    }

    private long segments(YearMonth month) throws Exception {
        return MonthSegments.segments(client, month);
    }
}
