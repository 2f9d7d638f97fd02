package io.marsad.alerting.service;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Something worked out once for a segment of the subscription index and kept while the segment
 * lives: a segment never changes, so what is read from it holds until it is closed (merged away,
 * or the index closed), and is then dropped.
 */
final class PerSegment<T> {

    private final Map<Object, T> bySegment = new ConcurrentHashMap<>();

    /** What is kept for the segment, built from it at its first use. */
    T of(LeafReader segment, Function<LeafReader, T> build) {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return build.apply(segment); // a reader that cannot say when it closes is not kept
        }
        return bySegment.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(bySegment::remove);
            return build.apply(segment);
        });
    }

    /** How many segments are kept: for tests. */
    int size() {
        return bySegment.size();
    }
}
