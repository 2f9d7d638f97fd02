package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Every article of a search, page after page, newest first, without the 10,000-hit window: the
 * first page opens a point in time, and each answer carries an opaque cursor (the point in time
 * and where the page ended) for the next. A point in time lives 2 minutes after each page; an
 * expired cursor is {@code 410 Gone}.
 */
@ApplicationScoped
public class ArticlePages {

    /** A page of articles and the cursor of the next (null after the last). */
    public record Page(List<SearchResult.Article> articles, String next) {}

    private final ElasticsearchClient client;
    private final ObjectMapper json = new ObjectMapper();

    ArticlePages(ElasticsearchClient client) {
        this.client = client;
    }

    public Page page(SearchQuery request, String cursor, int size) throws IOException {
        Cursor at = cursor == null || cursor.isBlank() ? null : decode(cursor);
        ArticleScroll scroll;
        try {
            scroll = at == null ? new ArticleScroll(client, SearchService.query(request))
                : new ArticleScroll(client, SearchService.query(request), at.pit());
        } catch (ElasticsearchException e) {
            if (SearchService.noArticleIndex(e)) {
                return new Page(List.of(), null);
            }
            throw e;
        }
        ArticleScroll.Page page;
        try {
            page = scroll.page(at == null ? null : at.after(), size);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                throw new ClientErrorException("The cursor has expired (2 minutes after its page): start again without it.", Response.Status.GONE);
            }
            throw e;
        }
        List<SearchResult.Article> articles = new ArrayList<>();
        for (Hit<ArticleDocument> hit : page.hits()) {
            articles.add(SearchService.article(hit.id(), hit.source()));
        }
        if (page.next() == null) {
            scroll.close();
            return new Page(articles, null);
        }
        return new Page(articles, encode(new Cursor(scroll.pit(), page.next())));
    }

    private record Cursor(String pit, List<FieldValue> after) {}

    private String encode(Cursor cursor) {
        ObjectNode node = json.createObjectNode().put("pit", cursor.pit());
        ArrayNode after = node.putArray("after");
        for (FieldValue value : cursor.after()) {
            if (value.isLong()) {
                after.add(value.longValue());
            } else if (value.isDouble()) {
                after.add(value.doubleValue());
            } else if (value.isString()) {
                after.add(value.stringValue());
            } else {
                after.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Cursor decode(String cursor) {
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(cursor));
            List<FieldValue> after = new ArrayList<>();
            for (JsonNode value : node.path("after")) {
                after.add(value.isIntegralNumber() ? FieldValue.of(value.longValue()) : value.isNumber() ? FieldValue.of(value.doubleValue())
                    : value.isNull() ? FieldValue.NULL : FieldValue.of(value.asText()));
            }
            if (!node.path("pit").isTextual() || after.isEmpty()) {
                throw new IllegalArgumentException("incomplete");
            }
            return new Cursor(node.path("pit").asText(), after);
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidFieldException("cursor", "not a cursor this API gave out");
        }
    }
}
