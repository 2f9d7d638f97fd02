package io.marsad.enrichment.stage;

import io.marsad.enrichment.service.LanguageIdentifier;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.text.Scripts;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The language the article is written in (identified from its text; the page's own claim,
 * {@code languageDeclared}, is only a hint and stays apart) and its dominant script.
 */
@ApplicationScoped
public class LanguageStage implements ArticleStage {

    /** The script is judged on the title and the body's beginning: enough to tell, cheap on long pages. */
    static final int SCRIPT_SAMPLE = 2000;

    private final LanguageIdentifier languages;

    public LanguageStage(LanguageIdentifier languages) {
        this.languages = languages;
    }

    @Override
    public ArticleDocument enrich(ArticleDocument article) {
        String body = article.body() == null ? "" : article.body();
        return article.toBuilder()
            .language(languages.identify(article.title(), article.body(), article.languageDeclared()).orElse(null))
            .script(Scripts.dominant((article.title() == null ? "" : article.title()) + " " + body.substring(0, Math.min(body.length(), SCRIPT_SAMPLE))))
            .build();
    }
}
