package io.marsad.enrichment.story;

import io.marsad.enrichment.text.FoldedTokens;
import io.marsad.support.jdbc.Transactions;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MinHash;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups syndicated copies and light rewrites into stories: an article joins the story of the most
 * similar recent article (estimated Jaccard similarity of folded 4-word shingles of the body, at
 * least {@value #SAME_STORY}) among those sharing an LSH band with it; otherwise it starts a story
 * of its own, named by its id. An article seen before keeps its story.
 */
@ApplicationScoped
public class StoryAssigner {

    static final double SAME_STORY = 0.4;
    static final int RECENT_DAYS = 14;
    /** A copy whose shingles are (estimated) at least this much inside another article's is the same story (trimmed copies). */
    static final double CONTAINED = 0.8;
    /** Fewer words than this say too little to call two articles one story: such an article is a story of its own. */
    static final int MIN_WORDS = 15;

    private final DataSource dataSource;

    StoryAssigner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An article's id and the text its story is judged on. */
    public record Body(String articleId, String body) {}

    public String assign(String articleId, String body) throws SQLException {
        return assignAll(List.of(new Body(articleId, body))).get(articleId);
    }

    /**
     * The stories of a batch, in order (an article can join a story an earlier one of the batch
     * started), stored in one transaction. One batch at a time across indexing workers and replicas
     * (a transaction-scoped advisory lock): two copies in batches assigned at once would otherwise
     * not see each other and start two stories. The texts are analysed and signed before the lock,
     * so that only the database work waits for it and workers sign their batches side by side; under
     * it, a batch costs four statements, whatever its size (one per article each, before, was a
     * third of the database's time per indexed article).
     */
    public Map<String, String> assignAll(List<Body> articles) throws SQLException {
        List<Signed> signed = articles.stream().map(Signed::of).toList();
        return Transactions.call(dataSource, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('marsad.story-assignment'))")) {
                lock.execute();
            }
            Map<String, String> known = knownStories(c, signed);
            List<List<Candidate>> stored = storedCandidates(c, signed);
            // the batch's own articles, by band, for the later ones of the batch to find
            Map<BandKey, List<Candidate>> inBatch = new HashMap<>();
            List<Signed> added = new ArrayList<>();
            Map<String, String> stories = new LinkedHashMap<>();
            for (int i = 0; i < signed.size(); i++) {
                Signed article = signed.get(i);
                // signed before, or earlier in this batch (the same article twice)
                String story = known.getOrDefault(article.articleId(), stories.get(article.articleId()));
                if (story == null) {
                    story = newStory(article, stored.get(i), inBatch);
                    added.add(article);
                }
                stories.put(article.articleId(), story);
            }
            store(c, added, stories);
            return stories;
        });
    }

    /**
     * The story of an article not signed before: that of the most similar candidate, stored or
     * earlier in the batch, or its own. The article is then a candidate for the batch's later ones.
     */
    private static String newStory(Signed article, List<Candidate> stored, Map<BandKey, List<Candidate>> inBatch) {
        if (article.bands().length == 0) {
            return article.articleId();
        }
        List<Candidate> candidates = new ArrayList<>(stored);
        for (int band = 0; band < article.bands().length; band++) {
            candidates.addAll(inBatch.getOrDefault(new BandKey(band, article.bands()[band]), List.of()));
        }
        String story = mostSimilarStory(article, candidates).orElse(article.articleId());
        Candidate self = new Candidate(story, article.signature(), article.shingles());
        for (int band = 0; band < article.bands().length; band++) {
            inBatch.computeIfAbsent(new BandKey(band, article.bands()[band]), k -> new ArrayList<>()).add(self);
        }
        return story;
    }

    /** An article's MinHash signature, its number of shingles and its bands (none when it is too short to compare). */
    private record Signed(String articleId, int[] signature, int shingles, long[] bands) {
        static Signed of(Body article) {
            List<String> words = FoldedTokens.of(article.body() == null ? "" : article.body()).stream().map(MarsadAnalyzers.Token::term).toList();
            long[] shingles = MinHash.shingles(words);
            int[] signature = MinHash.signature(shingles);
            return new Signed(article.articleId(), signature, shingles.length, words.size() < MIN_WORDS ? new long[0] : MinHash.bands(signature));
        }
    }

    /** An article sharing a band with one being assigned: its story, signature and number of shingles. */
    private record Candidate(String storyId, int[] signature, int shingles) {}

    private record BandKey(int index, long hash) {}

    /** One band of an article of the batch ({@code ordinal}) to look up. */
    private record Probe(int ordinal, short index, long hash) {}

    /** The stories of those of the batch's articles signed before (a re-sent article keeps its story). */
    private static Map<String, String> knownStories(Connection c, List<Signed> batch) throws SQLException {
        Map<String, String> known = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT article_id, story_id FROM article_signature WHERE article_id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("text", batch.stream().map(Signed::articleId).distinct().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    known.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return known;
    }

    /** Per article of the batch, in order, the recent stored articles sharing a band with it, each once. */
    private static List<List<Candidate>> storedCandidates(Connection c, List<Signed> batch) throws SQLException {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            long[] bands = batch.get(i).bands();
            for (int band = 0; band < bands.length; band++) {
                probes.add(new Probe(i, (short) band, bands[band]));
            }
        }
        // in the band index's order, so that consecutive probes read neighbouring index pages (a fifth faster, measured alone)
        probes.sort(java.util.Comparator.comparingInt(Probe::index).thenComparingLong(Probe::hash));
        List<Integer> ordinals = probes.stream().map(Probe::ordinal).toList();
        List<Short> indexes = probes.stream().map(Probe::index).toList();
        List<Long> hashes = probes.stream().map(Probe::hash).toList();
        List<List<Candidate>> candidates = new ArrayList<>(batch.size());
        batch.forEach(article -> candidates.add(new ArrayList<>()));
        if (ordinals.isEmpty()) {
            return candidates;
        }
        try (PreparedStatement query = c.prepareStatement("""
            SELECT DISTINCT t.ordinal, s.article_id, s.story_id, s.signature, s.shingles
            FROM unnest(?::integer[], ?::smallint[], ?::bigint[]) AS t (ordinal, band_index, band_hash)
            JOIN story_band b ON b.band_index = t.band_index AND b.band_hash = t.band_hash
            JOIN article_signature s ON s.article_id = b.article_id
            WHERE s.created_at > now() - make_interval(days => ?)""")) {
            query.setArray(1, c.createArrayOf("integer", ordinals.toArray()));
            query.setArray(2, c.createArrayOf("smallint", indexes.toArray()));
            query.setArray(3, c.createArrayOf("bigint", hashes.toArray()));
            query.setInt(4, RECENT_DAYS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Integer[] other = (Integer[]) rows.getArray(4).getArray();
                    candidates.get(rows.getInt(1)).add(new Candidate(rows.getString(3),
                        java.util.Arrays.stream(other).mapToInt(Integer::intValue).toArray(), rows.getInt(5)));
                }
            }
        }
        return candidates;
    }

    /**
     * The story of the most similar candidate that is a near duplicate (estimated Jaccard
     * similarity of at least {@value #SAME_STORY}) or contains this one or is contained in it
     * (estimated containment of at least {@value #CONTAINED}).
     */
    private static Optional<String> mostSimilarStory(Signed article, List<Candidate> candidates) {
        String best = null;
        double bestSimilarity = -1;
        for (Candidate other : candidates) {
            double similarity = MinHash.similarity(article.signature(), other.signature());
            boolean sameStory = similarity >= SAME_STORY
                || MinHash.containment(article.signature(), article.shingles(), other.signature(), other.shingles()) >= CONTAINED;
            if (sameStory && similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = other.storyId();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The new signatures and, for those written (not there already), their bands: one statement each. */
    private static void store(Connection c, List<Signed> added, Map<String, String> stories) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        Set<String> written = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("""
            INSERT INTO article_signature (article_id, story_id, signature, shingles)
            SELECT id, story, string_to_array(signature, ',')::integer[], shingles
            FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[]) AS t (id, story, signature, shingles)
            ON CONFLICT DO NOTHING RETURNING article_id""")) {
            insert.setArray(1, c.createArrayOf("text", added.stream().map(Signed::articleId).toArray()));
            insert.setArray(2, c.createArrayOf("text", added.stream().map(a -> stories.get(a.articleId())).toArray()));
            // signatures as text: arrays of arrays must be rectangular, and an empty text has none
            insert.setArray(3, c.createArrayOf("text", added.stream().map(a -> java.util.Arrays.stream(a.signature())
                .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(","))).toArray()));
            insert.setArray(4, c.createArrayOf("integer", added.stream().map(Signed::shingles).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getString(1));
                }
            }
        }
        List<String> ids = new ArrayList<>();
        List<Short> indexes = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (Signed article : added) {
            if (written.contains(article.articleId())) {
                for (int band = 0; band < article.bands().length; band++) {
                    ids.add(article.articleId());
                    indexes.add((short) band);
                    hashes.add(article.bands()[band]);
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement band = c.prepareStatement(
            "INSERT INTO story_band (band_index, band_hash, article_id) SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::text[])")) {
            band.setArray(1, c.createArrayOf("smallint", indexes.toArray()));
            band.setArray(2, c.createArrayOf("bigint", hashes.toArray()));
            band.setArray(3, c.createArrayOf("text", ids.toArray()));
            band.executeUpdate();
        }
    }
}
