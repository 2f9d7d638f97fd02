package io.marsad.enrichment.stage;

import io.marsad.enrichment.text.FoldedTokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The stages an article goes through before it is indexed, in order: language and script (which
 * the later stages read), site, entities, keywords, story. Each stage returns the batch it was
 * given, article for article, with its fields added.
 */
@ApplicationScoped
public class EnrichmentChain {

    private final List<EnrichmentStage> stages;

    @Inject
    EnrichmentChain(LanguageStage language, SiteStage site, EntityStage entities, KeywordStage keywords, StoryStage stories) {
        this(List.of(language, site, entities, keywords, stories));
    }

    EnrichmentChain(List<EnrichmentStage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<ArticleDocument> enrich(List<ArticleDocument> batch) throws Exception {
        return FoldedTokens.sharedDuring(() -> {
            List<ArticleDocument> articles = batch;
            for (EnrichmentStage stage : stages) {
                List<ArticleDocument> enriched = stage.enrich(articles);
                if (enriched.size() != articles.size()) {
                    throw new IllegalStateException(stage.getClass().getSimpleName() + " returned " + enriched.size() + " of " + articles.size()
                        + " articles");
                }
                articles = enriched;
            }
            return articles;
        });
    }
}
