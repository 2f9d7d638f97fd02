package io.marsad.enrichment.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.marsad.support.elasticsearch.ClosedMonths;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indices of months that are over are merged into one segment each, with every article kept;
 * the current month's index is left as it is. Two months of 2099 stand in for "last month" and
 * "this month", so the merge enrichment itself asks for at its first bulk (of the months before the
 * real one) cannot touch them.
 */
@QuarkusTest
class ClosedMonthsMergeTest {

    static final YearMonth CLOSED = YearMonth.of(2099, 4);
    static final YearMonth CURRENT = YearMonth.of(2099, 5);

    @Inject
    ElasticsearchClient client;

    @AfterEach
    void dropTheMonths() throws Exception {
        MonthSegments.drop(client, CLOSED, CURRENT);
    }

    @Test
    void aClosedMonthIsMergedIntoOneSegmentWithEveryArticleAndTheCurrentMonthIsLeftAlone() throws Exception {
        ArticleIndices.ensureWriteIndex(client, 0, YearMonth.now(ZoneOffset.UTC)); // the template, as enrichment installs it
        for (YearMonth month : List.of(CLOSED, CURRENT)) {
            for (int i = 0; i < 3; i++) {
                indexOneSegment(month, i);
            }
        }
        assertEquals(3, segments(CLOSED));
        String closed = ArticleIndices.indexOf(CLOSED);
        String current = ArticleIndices.indexOf(CURRENT);
        // in this test's frame the real current month, which other tests write, is closed too: only these two months are judged
        List<String> unmerged = ClosedMonths.unmerged(client, CURRENT);
        assertTrue(unmerged.contains(closed) && !unmerged.contains(current), "the closed month, not the current one: " + unmerged);

        assertTrue(ClosedMonths.merge(client, CURRENT).contains(closed));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ClosedMonths.unmerged(client, CURRENT).contains(closed)) {
            assertTrue(System.nanoTime() < deadline, "the node merged the closed month within a minute");
            Thread.sleep(200);
        }
        assertEquals(1, segments(CLOSED));
        assertEquals(3, segments(CURRENT), "the current month is still written: left as it is");
        client.indices().refresh(r -> r.index(closed));
        assertEquals(3, client.count(c -> c.index(closed)).count(), "every article kept");
        assertFalse(ClosedMonths.merge(client, CURRENT).contains(closed), "merged once: not asked again");
    }

    @Test
    void aClosedMonthWithOneLateArticleIsNotRewritten() throws Exception {
        ArticleIndices.ensureWriteIndex(client, 0, YearMonth.now(ZoneOffset.UTC));
        String closed = ArticleIndices.indexOf(CLOSED);
        client.bulk(b -> {
            for (int i = 0; i < 150; i++) {
                String id = String.format("%032x", 5000L + i);
                int n = i;
                b.operations(o -> o.index(x -> x.index(closed).id(id)
                    .document(Map.of("title", "Article " + n, "body", "A closed month's article.", "language", "en"))));
            }
            return b.refresh(Refresh.True);
        });
        indexOneSegment(CLOSED, 0); // re-sent later: a second segment with one article of 151
        assertEquals(2, segments(CLOSED));
        assertFalse(ClosedMonths.unmerged(client, CURRENT).contains(closed), "one article in 151 is not worth rewriting the month");
        assertFalse(ClosedMonths.merge(client, CURRENT).contains(closed));
    }

    private void indexOneSegment(YearMonth month, int i) throws Exception {
        MonthSegments.indexOneSegment(client, ArticleIndices.indexOf(month), month.getMonthValue() * 100L + i);
    }

    private long segments(YearMonth month) throws Exception {
        return MonthSegments.segments(client, month);
    }
}
