package io.marsad.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.marsad.search.model.ArticleView;
import io.marsad.search.model.SearchResult;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleFields;
import io.marsad.support.elasticsearch.ArticleIndices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.util.List;

/** Reads one article whole, with the articles of its story in publication order. */
@ApplicationScoped
public class ArticleReader {

    /** A story shows at most this many of its articles. */
    static final int STORY_MAX = 100;

    private final ElasticsearchClient client;

    ArticleReader(ElasticsearchClient client) {
        this.client = client;
    }

    public ArticleView read(String id) throws IOException {
        ArticleDocument article;
        try {
            // by id over the monthly indices behind the read alias (the id does not say its month)
            SearchResponse<ArticleDocument> found = client.search(s -> s.index(ArticleIndices.READ_ALIAS).size(1)
                .query(q -> q.ids(i -> i.values(id))), ArticleDocument.class);
            if (found.hits().hits().isEmpty()) {
                throw new NotFoundException("No article " + id + ".");
            }
            article = found.hits().hits().get(0).source();
        } catch (ElasticsearchException e) {
            if (SearchService.noArticleIndex(e)) {
                throw new NotFoundException("No article " + id + ".");
            }
            throw e;
        }
        String story = article.storyId() == null ? id : article.storyId();
        SearchResponse<ArticleDocument> copies = client.search(s -> s.index(ArticleIndices.READ_ALIAS).size(STORY_MAX)
            .query(q -> q.term(t -> t.field(ArticleFields.STORY_ID).value(story)))
            .sort(so -> so.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc))), ArticleDocument.class);
        List<SearchResult.Article> inStory = copies.hits().hits().stream().map(ArticleReader::summary).toList();
        return new ArticleView(id, story, article.title(), article.body(), article.canonicalUrl(), article.sourceName(), article.site(),
            article.language(), orEmpty(article.authors()), article.publishedAt(), article.indexedAt(), orEmpty(article.persons()),
            orEmpty(article.organizations()), orEmpty(article.locations()), orEmpty(article.keywords()),
            inStory.isEmpty() ? List.of(SearchService.article(id, article)) : inStory);
    }

    private static SearchResult.Article summary(Hit<ArticleDocument> hit) {
        return SearchService.article(hit.id(), hit.source());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
