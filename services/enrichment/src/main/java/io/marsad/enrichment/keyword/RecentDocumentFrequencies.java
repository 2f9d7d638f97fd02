package io.marsad.enrichment.keyword;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Document frequencies of stems per language, as read from the database lately: a batch then
 * reads only the stems it has not met within {@code maxAge}. A word's share of the articles moves
 * slowly, so a weight computed from a frequency a minute old is as good; a new word read once is
 * reused (its count stays what it was when read, so a word that suddenly spreads keeps weighing as
 * a rare one until the next read). Everything is forgotten at once when the oldest entry is
 * {@code maxAge} old or a language holds more than {@code maxStems}: simple, and the memory stays
 * bounded. Safe for concurrent indexing workers.
 */
public final class RecentDocumentFrequencies {

    private final long maxAgeNanos;
    private final int maxStems;
    private final LongSupplier clock;
    private final Map<String, Generation> byLanguage = new ConcurrentHashMap<>();

    private record Generation(long startedAt, Map<String, Long> frequencies) {}

    public RecentDocumentFrequencies(Duration maxAge, int maxStems) {
        this(maxAge, maxStems, System::nanoTime);
    }

    RecentDocumentFrequencies(Duration maxAge, int maxStems, LongSupplier clock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.maxStems = maxStems;
        this.clock = clock;
    }

    /** Whether anything is kept at all (a zero age keeps nothing). */
    public boolean enabled() {
        return maxAgeNanos > 0 && maxStems > 0;
    }

    /** The known frequencies of those of the stems read lately. */
    public Map<String, Long> known(String language, Collection<String> stems) {
        Map<String, Long> known = new HashMap<>();
        if (!enabled()) {
            return known;
        }
        Map<String, Long> frequencies = current(language).frequencies();
        for (String stem : stems) {
            Long frequency = frequencies.get(stem);
            if (frequency != null) {
                known.put(stem, frequency);
            }
        }
        return known;
    }

    /** Frequencies just read (stems not in the database read as 0). */
    public void remember(String language, Map<String, Long> read) {
        if (enabled()) {
            current(language).frequencies().putAll(read);
        }
    }

    private Generation current(String language) {
        long now = clock.getAsLong();
        return byLanguage.compute(language, (l, generation) ->
            generation == null || now - generation.startedAt() >= maxAgeNanos || generation.frequencies().size() > maxStems
                ? new Generation(now, new ConcurrentHashMap<>())
                : generation);
    }
}
