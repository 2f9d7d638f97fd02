package io.marsad.enrichment.story;

import io.marsad.enrichment.text.FoldedTokens;
import io.marsad.support.jdbc.Transactions;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MinHash;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * so that only the database work waits for it and workers sign their batches side by side.
     */
    public Map<String, String> assignAll(List<Body> articles) throws SQLException {
        List<Signed> signed = articles.stream().map(Signed::of).toList();
        Map<String, String> stories = new LinkedHashMap<>();
        Transactions.run(dataSource, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('marsad.story-assignment'))")) {
                lock.execute();
            }
            for (Signed article : signed) {
                stories.put(article.articleId(), assign(c, article));
            }
        });
        return stories;
    }

    /** An article's MinHash signature, its number of shingles and its bands (none when it is too short to compare). */
    private record Signed(String articleId, int[] signature, int shingles, long[] bands) {
        static Signed of(Body article) {
            List<String> words = FoldedTokens.of(article.body() == null ? "" : article.body()).stream().map(MarsadAnalyzers.Token::term).toList();
            Set<Long> shingles = MinHash.shingles(words);
            int[] signature = MinHash.signature(shingles);
            return new Signed(article.articleId(), signature, shingles.size(), words.size() < MIN_WORDS ? new long[0] : MinHash.bands(signature));
        }
    }

    private String assign(Connection c, Signed article) throws SQLException {
        Optional<String> known = single(c, "SELECT story_id FROM article_signature WHERE article_id = ?", article.articleId());
        if (known.isPresent()) {
            return known.get();
        }
        String story = article.bands().length == 0 ? article.articleId()
            : mostSimilarStory(c, article.signature(), article.shingles(), article.bands()).orElse(article.articleId());
        store(c, article.articleId(), story, article.signature(), article.shingles(), article.bands());
        return story;
    }

    /**
     * The story of the most similar recent article that is a near duplicate (estimated Jaccard
     * similarity of at least {@value #SAME_STORY}) or contains this one or is contained in it
     * (estimated containment of at least {@value #CONTAINED}).
     */
    private Optional<String> mostSimilarStory(Connection c, int[] signature, int shingles, long[] bands) throws SQLException {
        StringBuilder sql = new StringBuilder("""
            SELECT DISTINCT s.story_id, s.signature, s.shingles FROM story_band b JOIN article_signature s ON s.article_id = b.article_id
            WHERE s.created_at > now() - make_interval(days => ?) AND (""");
        for (int i = 0; i < bands.length; i++) {
            sql.append(i == 0 ? "" : " OR ").append("(b.band_index = ? AND b.band_hash = ?)");
        }
        sql.append(")");
        String best = null;
        double bestSimilarity = -1;
        try (PreparedStatement query = c.prepareStatement(sql.toString())) {
            int p = 1;
            query.setInt(p++, RECENT_DAYS);
            for (int i = 0; i < bands.length; i++) {
                query.setShort(p++, (short) i);
                query.setLong(p++, bands[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Integer[] other = (Integer[]) rows.getArray(2).getArray();
                    int[] otherSignature = java.util.Arrays.stream(other).mapToInt(Integer::intValue).toArray();
                    double similarity = MinHash.similarity(signature, otherSignature);
                    boolean sameStory = similarity >= SAME_STORY || MinHash.containment(signature, shingles, otherSignature, rows.getInt(3)) >= CONTAINED;
                    if (sameStory && similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = rows.getString(1);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void store(Connection c, String articleId, String story, int[] signature, int shingles, long[] bands) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO article_signature (article_id, story_id, signature, shingles) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
             // all of an article's bands in one statement: one row each, not one statement each
             PreparedStatement band = c.prepareStatement(
                 "INSERT INTO story_band (band_index, band_hash, article_id) SELECT i, h, ? FROM unnest(?::smallint[], ?::bigint[]) AS t (i, h)")) {
            Array array = c.createArrayOf("integer", java.util.Arrays.stream(signature).boxed().toArray());
            insert.setString(1, articleId);
            insert.setString(2, story);
            insert.setArray(3, array);
            insert.setInt(4, shingles);
            if (insert.executeUpdate() == 1 && bands.length > 0) {
                Short[] indexes = new Short[bands.length];
                Long[] hashes = new Long[bands.length];
                for (int i = 0; i < bands.length; i++) {
                    indexes[i] = (short) i;
                    hashes[i] = bands[i];
                }
                band.setString(1, articleId);
                band.setArray(2, c.createArrayOf("smallint", indexes));
                band.setArray(3, c.createArrayOf("bigint", hashes));
                band.executeUpdate();
            }
        }
    }

    private static Optional<String> single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
