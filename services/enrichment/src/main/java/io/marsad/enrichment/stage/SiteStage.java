package io.marsad.enrichment.stage;

import io.marsad.support.elasticsearch.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Locale;

/** The site an article is on: its canonical URL's host, lower case, without "www.", which {@code site:} queries match. */
@ApplicationScoped
public class SiteStage implements ArticleStage {

    @Override
    public ArticleDocument enrich(ArticleDocument article) {
        return article.toBuilder().site(site(article.canonicalUrl())).build();
    }

    static String site(String canonicalUrl) {
        try {
            String host = canonicalUrl == null ? null : URI.create(canonicalUrl).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
