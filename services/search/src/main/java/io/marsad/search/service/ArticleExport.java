package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.search.model.SearchQuery;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the articles of a search as CSV or JSON Lines while reading them ({@link ArticleScroll}),
 * newest first, up to a maximum: date, source, title, URL, language, entities, story. CSV follows
 * RFC 4180 and starts with a UTF-8 byte order mark, so spreadsheet programs read Arabic right.
 */
@ApplicationScoped
public class ArticleExport {

    public static final List<String> COLUMNS = List.of("date", "source", "title", "url", "language", "entities", "story");
    static final int PAGE = 500;

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final int maximum;

    ArticleExport(ElasticsearchClient client, ObjectMapper json, ExportConfig config) {
        this.client = client;
        this.json = json;
        this.maximum = config.maxArticles();
    }

    public int maximum() {
        return maximum;
    }

    /** Writes up to {@code limit} articles; returns how many were written. */
    public int write(SearchQuery request, String format, int limit, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean csv = format.equals("csv");
        if (csv) {
            writer.write('\ufeff');
            writer.write(String.join(",", COLUMNS) + "\r\n");
        }
        int written = 0;
        ArticleScroll opened;
        try {
            opened = new ArticleScroll(client, SearchService.query(request));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (SearchService.noArticleIndex(e)) {
                writer.flush();
                return 0; // no article index yet: just the header
            }
            throw e;
        }
        try (ArticleScroll scroll = opened) {
            List<FieldValue> after = null;
            do {
                ArticleScroll.Page page = scroll.page(after, Math.min(PAGE, limit - written));
                for (Hit<ArticleDocument> hit : page.hits()) {
                    Map<String, Object> row = row(hit);
                    writer.write(csv ? csvLine(row) : json.writeValueAsString(row) + "\n");
                    written++;
                }
                writer.flush();
                after = page.next();
            } while (after != null && written < limit);
        }
        writer.flush();
        return written;
    }

    private static Map<String, Object> row(Hit<ArticleDocument> hit) {
        ArticleDocument article = hit.source();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", article.publishedAt() == null ? null : article.publishedAt().toString());
        row.put("source", article.sourceName());
        row.put("title", article.title());
        row.put("url", article.canonicalUrl());
        row.put("language", article.language());
        row.put("entities", article.entities() == null ? List.of() : article.entities());
        row.put("story", article.storyId());
        row.put("id", hit.id());
        return row;
    }

    static String csvLine(Map<String, Object> row) {
        StringBuilder line = new StringBuilder();
        for (String column : COLUMNS) {
            Object value = row.get(column);
            String text = value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : value == null ? "" : value.toString();
            if (line.length() > 0) {
                line.append(',');
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.append("\r\n").toString();
    }
}
