package io.marsad.enrichment.repository;

import io.marsad.enrichment.keyword.KeywordExtractor;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies of stems per language, for keyword extraction; an article is counted once. */
@ApplicationScoped
public class TermStatisticsRepository {

    private final DataSource dataSource;

    TermStatisticsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts an article's stems into the collection, unless it was counted before (a re-sent article). */
    public void count(String articleId, String language, Collection<String> stems) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int added;
                try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO article_terms_counted (article_id, language) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING")) {
                    mark.setString(1, articleId);
                    mark.setString(2, language);
                    added = mark.executeUpdate();
                }
                if (added == 1) {
                    try (PreparedStatement corpus = c.prepareStatement(
                        "INSERT INTO term_corpus (language, documents) VALUES (?, 1) ON CONFLICT (language) DO UPDATE SET documents = term_corpus.documents + 1")) {
                        corpus.setString(1, language);
                        corpus.executeUpdate();
                    }
                    try (PreparedStatement frequencies = c.prepareStatement("""
                        INSERT INTO term_document_frequency (language, stem, documents)
                        SELECT ?, stem, 1 FROM unnest(?::text[]) AS stem ORDER BY stem
                        ON CONFLICT (language, stem) DO UPDATE SET documents = term_document_frequency.documents + 1""")) {
                        frequencies.setString(1, language);
                        frequencies.setArray(2, c.createArrayOf("text", stems.toArray()));
                        frequencies.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The collection statistics of a language for the given stems. */
    public KeywordExtractor.Statistics statistics(String language, Collection<String> stems) throws SQLException {
        Map<String, Long> frequencies = new HashMap<>();
        long documents = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement corpus = c.prepareStatement("SELECT documents FROM term_corpus WHERE language = ?")) {
                corpus.setString(1, language);
                try (ResultSet row = corpus.executeQuery()) {
                    documents = row.next() ? row.getLong(1) : 0;
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                "SELECT stem, documents FROM term_document_frequency WHERE language = ? AND stem = ANY (?)")) {
                select.setString(1, language);
                select.setArray(2, c.createArrayOf("text", stems.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        frequencies.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        long total = documents;
        return new KeywordExtractor.Statistics() {
            @Override
            public long documents() {
                return total;
            }

            @Override
            public long documentFrequency(String stem) {
                return frequencies.getOrDefault(stem, 0L);
            }
        };
    }
}
