package io.marsad.enrichment.stage;

import io.marsad.enrichment.story.StoryAssigner;
import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** The story each article belongs to: near-duplicates (syndicated copies) share one ({@link StoryAssigner}). */
@ApplicationScoped
public class StoryStage implements EnrichmentStage {

    private final StoryAssigner stories;

    public StoryStage(StoryAssigner stories) {
        this.stories = stories;
    }

    @Override
    public List<ArticleDocument> enrich(List<ArticleDocument> batch) throws Exception {
        Map<String, String> storyIds = stories.assignAll(batch.stream().map(a -> new StoryAssigner.Body(a.id(), a.body())).toList());
        return batch.stream().map(article -> article.toBuilder().storyId(storyIds.get(article.id())).build()).toList();
    }
}
