package io.marsad.enrichment.repository;

import io.marsad.enrichment.keyword.KeywordExtractor;
import io.marsad.enrichment.keyword.RecentDocumentFrequencies;
import io.marsad.enrichment.service.IndexConfig;
import io.marsad.support.jdbc.Transactions;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Document frequencies of stems per language, for keyword extraction; an article is counted once. */
@ApplicationScoped
public class TermStatisticsRepository {

    /** Stems a language's recent frequencies hold before they are forgotten: about 10 MB each. */
    static final int MAX_RECENT_STEMS = 100_000;

    private final DataSource dataSource;
    private final RecentDocumentFrequencies recent;

    TermStatisticsRepository(DataSource dataSource, IndexConfig config) {
        this.dataSource = dataSource;
        this.recent = new RecentDocumentFrequencies(config.keywordStatisticsKept(), MAX_RECENT_STEMS);
    }

    /** An article's language and the distinct stems it has. */
    public record Counted(String language, Set<String> stems) {}

    /** Articles a fold takes at most in one transaction. */
    static final int FOLD_BATCH = 5_000;

    /**
     * Counts a batch's articles, leaving out those counted before (a re-sent article), in one
     * transaction: each is marked counted and its stems wait for the next {@link #fold}, which adds
     * them to the frequencies. The frequencies lag behind by up to a fold's beat.
     */
    public void countAll(Map<String, Counted> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Transactions.run(dataSource, c -> {
            List<String> ids = new ArrayList<>(new TreeSet<>(articles.keySet()));
            List<String> added = new ArrayList<>();
            try (PreparedStatement mark = c.prepareStatement("""
                INSERT INTO article_terms_counted (article_id, language)
                SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT (article_id) DO NOTHING RETURNING article_id""")) {
                mark.setArray(1, c.createArrayOf("text", ids.toArray()));
                mark.setArray(2, c.createArrayOf("text", ids.stream().map(id -> articles.get(id).language()).toArray()));
                try (ResultSet rows = mark.executeQuery()) {
                    while (rows.next()) {
                        added.add(rows.getString(1));
                    }
                }
            }
            if (added.isEmpty()) {
                return;
            }
            // an article's stems as one string, split again in the database: arrays of arrays must be rectangular
            try (PreparedStatement pending = c.prepareStatement("""
                INSERT INTO term_counts_pending (article_id, language, stems)
                SELECT id, language, string_to_array(stems, ?) FROM unnest(?::text[], ?::text[], ?::text[]) AS t (id, language, stems)""")) {
                pending.setString(1, STEM_SEPARATOR);
                pending.setArray(2, c.createArrayOf("text", added.toArray()));
                pending.setArray(3, c.createArrayOf("text", added.stream().map(id -> articles.get(id).language()).toArray()));
                pending.setArray(4, c.createArrayOf("text", added.stream().map(id -> joinedStems(articles.get(id).stems())).toArray()));
                pending.executeUpdate();
            }
        });
    }

    /** Between stems in {@link #countAll}: a stem is one word, and no word holds a control character. */
    private static final String STEM_SEPARATOR = "\u001f";

    private static String joinedStems(Set<String> stems) {
        return stems.stream().filter(stem -> !stem.contains(STEM_SEPARATOR)).collect(Collectors.joining(STEM_SEPARATOR));
    }

    /**
     * Adds the stems of the articles counted since the last fold to the document frequencies, and
     * the articles to their language's total, in transactions of up to {@value #FOLD_BATCH}
     * articles that also delete what they added. One fold at a time across replicas: when another
     * is running, this one does nothing (its articles are taken by that one or the next).
     *
     * @return the articles folded in
     */
    public int fold() throws SQLException {
        int folded = 0;
        while (true) {
            int taken = Transactions.call(dataSource, c -> {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('marsad.term-statistics-fold'))");
                     ResultSet locked = lock.executeQuery()) {
                    if (!locked.next() || !locked.getBoolean(1)) {
                        return 0;
                    }
                }
                // no other transaction writes the frequencies (folds take turns), so rows need no order; the corpus and frequencies
                // statements run although nothing reads them (PostgreSQL runs every data-modifying WITH)
                try (PreparedStatement fold = c.prepareStatement("""
                    WITH taken AS (
                        DELETE FROM term_counts_pending WHERE article_id IN (
                            SELECT article_id FROM term_counts_pending ORDER BY article_id LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING language, stems),
                    corpus AS (
                        INSERT INTO term_corpus (language, documents)
                        SELECT language, count(*) FROM taken GROUP BY language
                        ON CONFLICT (language) DO UPDATE SET documents = term_corpus.documents + EXCLUDED.documents),
                    frequencies AS (
                        INSERT INTO term_document_frequency (language, stem, documents)
                        SELECT language, stem, count(*) FROM taken, unnest(stems) AS stem GROUP BY language, stem
                        ON CONFLICT (language, stem) DO UPDATE SET documents = term_document_frequency.documents + EXCLUDED.documents)
                    SELECT count(*) FROM taken""")) {
                    fold.setInt(1, FOLD_BATCH);
                    try (ResultSet row = fold.executeQuery()) {
                        return row.next() ? row.getInt(1) : 0;
                    }
                }
            });
            folded += taken;
            if (taken < FOLD_BATCH) {
                return folded;
            }
        }
    }

    /**
     * The collection statistics of a batch: per language, the number of articles and the document
     * frequencies of the given stems, read on one connection with two queries per language; stems
     * read lately ({@code marsad.index.keyword-statistics-kept}) are not read again.
     */
    public Map<String, KeywordExtractor.Statistics> statistics(Map<String, ? extends Collection<String>> stemsByLanguage) throws SQLException {
        Map<String, KeywordExtractor.Statistics> byLanguage = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement corpus = c.prepareStatement("SELECT documents FROM term_corpus WHERE language = ?");
             PreparedStatement select = c.prepareStatement("SELECT stem, documents FROM term_document_frequency WHERE language = ? AND stem = ANY (?)")) {
            for (Map.Entry<String, ? extends Collection<String>> entry : stemsByLanguage.entrySet()) {
                corpus.setString(1, entry.getKey());
                long documents;
                try (ResultSet row = corpus.executeQuery()) {
                    documents = row.next() ? row.getLong(1) : 0;
                }
                Map<String, Long> frequencies = recent.known(entry.getKey(), entry.getValue());
                Map<String, Long> read = new HashMap<>();
                entry.getValue().stream().filter(stem -> !frequencies.containsKey(stem)).forEach(stem -> read.put(stem, 0L));
                if (!read.isEmpty()) {
                    select.setString(1, entry.getKey());
                    select.setArray(2, c.createArrayOf("text", read.keySet().toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            read.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                    recent.remember(entry.getKey(), read);
                    frequencies.putAll(read);
                }
                byLanguage.put(entry.getKey(), KeywordExtractor.Statistics.of(documents, stem -> frequencies.getOrDefault(stem, 0L)));
            }
        }
        return byLanguage;
    }
}
