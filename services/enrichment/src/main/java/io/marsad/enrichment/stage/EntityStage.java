package io.marsad.enrichment.stage;

import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.entity.NamePatterns;
import io.marsad.enrichment.service.EntityCatalog;
import io.marsad.enrichment.text.FoldedTokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The people, organisations and places an article names, found in its title and body by the
 * knowledge base's matcher in any script (ids in {@code entities}, English names by kind), and
 * names the title suggests that the knowledge base lacks ({@code candidateNames}). The whole batch
 * is matched against one version of the knowledge base.
 */
@ApplicationScoped
public class EntityStage implements EnrichmentStage {

    private final EntityCatalog catalog;

    public EntityStage(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<ArticleDocument> enrich(List<ArticleDocument> batch) {
        EntityMatcher matcher = catalog.matcher();
        return batch.stream().map(article -> enrich(article, matcher)).toList();
    }

    static ArticleDocument enrich(ArticleDocument article, EntityMatcher matcher) {
        String text = article.fullText();
        List<EntityMatcher.Mention> mentions = matcher.find(text, FoldedTokens.ofJoined(article.title(), article.body()), article.language());
        return article.toBuilder()
            .entities(mentions.stream().map(EntityMatcher.Mention::entityId).distinct().toList())
            .persons(namesOf(mentions, "person"))
            .organizations(namesOf(mentions, "organization"))
            .locations(namesOf(mentions, "location"))
            .candidateNames(NamePatterns.propose(text, matcher))
            .build();
    }

    private static List<String> namesOf(List<EntityMatcher.Mention> mentions, String type) {
        return mentions.stream().filter(m -> m.type().equals(type)).map(EntityMatcher.Mention::name).distinct().toList();
    }
}
