package io.marsad.enrichment.story;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps the near-duplicate tables from growing with the archive: LSH bands (42 rows per article)
 * are deleted once they are older than the days {@link StoryAssigner} looks back, signatures after
 * {@code marsad.stories.keep-signatures} (an article sent again after that starts a story of its
 * own instead of keeping its old one). Deletes in bounded batches, each its own transaction, so
 * that indexing is never held up for long; any replica may run it.
 */
@ApplicationScoped
public class StoryPruner {

    private static final Logger LOG = Logger.getLogger(StoryPruner.class);
    /** Rows deleted per statement. */
    static final int BATCH = 20_000;
    /** Bands are kept a day beyond the look-back, so the window's oldest day is never cut short. */
    static final int BAND_DAYS = StoryAssigner.RECENT_DAYS + 1;

    private final DataSource dataSource;
    private final Duration keepSignatures;

    StoryPruner(DataSource dataSource, @ConfigProperty(name = "marsad.stories.keep-signatures") Duration keepSignatures) {
        this.dataSource = dataSource;
        // a signature must outlive its bands: a band found leads to its signature
        this.keepSignatures = keepSignatures.compareTo(Duration.ofDays(BAND_DAYS)) < 0 ? Duration.ofDays(BAND_DAYS) : keepSignatures;
    }

    /** Rows deleted by one pruning. */
    public record Pruned(long bands, long signatures) {}

    @Scheduled(every = "${marsad.stories.prune-every}", delayed = "${marsad.index.start-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onBeat() {
        try {
            Pruned pruned = prune();
            if (pruned.bands() + pruned.signatures() > 0) {
                LOG.infof("deleted %d story bands older than %d days and %d signatures older than %s", pruned.bands(), BAND_DAYS,
                    pruned.signatures(), keepSignatures);
            }
        } catch (SQLException e) {
            LOG.warnf("pruning story bands and signatures failed (%s); the next beat tries again", e.getMessage());
        }
    }

    public Pruned prune() throws SQLException {
        long bands = deleteInBatches("""
            DELETE FROM story_band WHERE ctid = ANY (ARRAY(
                SELECT ctid FROM story_band WHERE created_on < current_date - ?::integer LIMIT ?))""", BAND_DAYS);
        long signatures = deleteInBatches("""
            DELETE FROM article_signature WHERE article_id IN (
                SELECT article_id FROM article_signature WHERE created_at < now() - make_interval(secs => ?::double precision) LIMIT ?)""",
            keepSignatures.toSeconds());
        return new Pruned(bands, signatures);
    }

    private long deleteInBatches(String sql, long age) throws SQLException {
        long deleted = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            while (true) {
                delete.setLong(1, age);
                delete.setInt(2, BATCH);
                int rows = delete.executeUpdate();
                deleted += rows;
                if (rows < BATCH) {
                    return deleted;
                }
            }
        }
    }
}
