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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
    public record Counted(String language, java.util.Set<String> stems) {}

    /**
     * Counts a batch's articles into the collection in one transaction, leaving out those counted
     * before (a re-sent article). Rows are written in key order, so concurrent batches cannot deadlock.
     */
    public void countAll(Map<String, Counted> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Transactions.run(dataSource, c -> {
            java.util.List<String> ids = new java.util.ArrayList<>(new java.util.TreeSet<>(articles.keySet()));
            java.util.Set<String> added = new java.util.HashSet<>();
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
            Map<String, Long> documents = new java.util.TreeMap<>();
            Map<String, Map<String, Integer>> frequencies = new java.util.TreeMap<>();
            for (String id : added) {
                Counted counted = articles.get(id);
                documents.merge(counted.language(), 1L, Long::sum);
                Map<String, Integer> byStem = frequencies.computeIfAbsent(counted.language(), l -> new java.util.TreeMap<>());
                counted.stems().forEach(stem -> byStem.merge(stem, 1, Integer::sum));
            }
            try (PreparedStatement corpus = c.prepareStatement(
                "INSERT INTO term_corpus (language, documents) VALUES (?, ?) ON CONFLICT (language) DO UPDATE SET documents = term_corpus.documents + EXCLUDED.documents")) {
                for (Map.Entry<String, Long> entry : documents.entrySet()) {
                    corpus.setString(1, entry.getKey());
                    corpus.setLong(2, entry.getValue());
                    corpus.executeUpdate();
                }
            }
            try (PreparedStatement frequency = c.prepareStatement("""
                INSERT INTO term_document_frequency (language, stem, documents)
                SELECT ?, stem, n FROM unnest(?::text[], ?::int[]) AS t (stem, n) ORDER BY stem
                ON CONFLICT (language, stem) DO UPDATE SET documents = term_document_frequency.documents + EXCLUDED.documents""")) {
                for (Map.Entry<String, Map<String, Integer>> entry : frequencies.entrySet()) {
                    frequency.setString(1, entry.getKey());
                    frequency.setArray(2, c.createArrayOf("text", entry.getValue().keySet().toArray()));
                    frequency.setArray(3, c.createArrayOf("integer", entry.getValue().values().toArray()));
                    frequency.executeUpdate();
                }
            }
        });
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
                byLanguage.put(entry.getKey(), new KeywordExtractor.Statistics() {
                    @Override
                    public long documents() {
                        return documents;
                    }

                    @Override
                    public long documentFrequency(String stem) {
                        return frequencies.getOrDefault(stem, 0L);
                    }
                });
            }
        }
        return byLanguage;
    }
}
