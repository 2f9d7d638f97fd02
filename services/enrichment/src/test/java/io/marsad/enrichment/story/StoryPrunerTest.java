package io.marsad.enrichment.story;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old story bands and signatures leave the database; the recent ones, which stories are found by, stay. On the real PostgreSQL. */
@QuarkusTest
class StoryPrunerTest {

    @Inject
    StoryAssigner stories;
    @Inject
    StoryPruner pruner;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void bandsPastTheLookBackAndSignaturesPastTheirKeepingGoTheRestStay() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String recent = run + "-recent", oldBands = run + "-old-bands", oldSignature = run + "-old-signature";
        stories.assignAll(List.of(new StoryAssigner.Body(recent, text(1)), new StoryAssigner.Body(oldBands, text(2)),
            new StoryAssigner.Body(oldSignature, text(3))));
        execute("UPDATE story_band SET created_on = current_date - " + (StoryPruner.BAND_DAYS + 1) + " WHERE article_id = ?", oldBands);
        execute("UPDATE story_band SET created_on = current_date - 100 WHERE article_id = ?", oldSignature);
        execute("UPDATE article_signature SET created_at = now() - interval '100 days' WHERE article_id = ?", oldSignature);
        assertEquals(42, count("SELECT count(*) FROM story_band WHERE article_id = ?", oldBands));

        StoryPruner.Pruned pruned = pruner.prune();

        assertTrue(pruned.bands() >= 84 && pruned.signatures() >= 1, pruned.toString());
        assertEquals(42, count("SELECT count(*) FROM story_band WHERE article_id = ?", recent), "today's bands stay");
        assertEquals(0, count("SELECT count(*) FROM story_band WHERE article_id = ?", oldBands));
        assertEquals(1, count("SELECT count(*) FROM article_signature WHERE article_id = ?", oldBands),
            "a signature is kept longer than its bands (90 days by default)");
        assertEquals(0, count("SELECT count(*) FROM article_signature WHERE article_id = ?", oldSignature));
        assertEquals(recent, stories.assign(run + "-copy", text(1)), "a copy of the recent article still finds its story");
        assertEquals(new StoryPruner.Pruned(0, 0), pruner.prune(), "nothing left to delete");
    }

    private void execute(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private long count(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A distinct article of 40 words per seed. */
    private static String text(int seed) {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(seed * 7919L);
        for (int i = 0; i < 40; i++) {
            text.append("pruned").append(seed).append('w').append(random.nextInt(500)).append(' ');
        }
        return text.toString();
    }
}
