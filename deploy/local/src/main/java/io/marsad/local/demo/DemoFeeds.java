package io.marsad.local.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The demo outlets' feeds (RSS 2.0 or Atom 1.0) and Google News sitemaps, newest first. */
final class DemoFeeds {

    private DemoFeeds() {}

    /** RSS 2.0, announcing its WebSub hub and its own URL (the topic) as Atom links, as WordPress and others do. */
    static String rss(DemoOutlet outlet, List<DemoArticle> items, Function<String, String> url, String hub) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
            + "<channel><title>").append(DemoPages.escape(outlet.name())).append("</title>")
            .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").append(url.apply(outlet.feedPath())).append("\"/>")
            .append("<atom:link rel=\"hub\" href=\"").append(hub).append("\"/>")
            .append("<link>").append(url.apply(outlet.homepagePath()))
            .append("</link><description>").append(DemoPages.escape(outlet.name())).append("</description><language>").append(outlet.language())
            .append("</language>");
        for (DemoArticle article : items) {
            rss.append("<item><title>").append(DemoPages.escape(article.title())).append("</title><link>").append(url.apply(article.path()))
                .append("</link><guid isPermaLink=\"true\">").append(url.apply(article.path())).append("</guid><pubDate>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atOffset(ZoneOffset.UTC))).append("</pubDate>")
                .append("<description>").append(DemoPages.escape(article.paragraphs().get(0))).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    static String atom(DemoOutlet outlet, List<DemoArticle> items, Function<String, String> url, Instant now, String hub) {
        Instant updated = items.isEmpty() ? now : items.get(0).publishedAt();
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
            .append(outlet.language()).append("\"><title>").append(DemoPages.escape(outlet.name())).append("</title><id>")
            .append(url.apply(outlet.homepagePath())).append("</id><link href=\"").append(url.apply(outlet.homepagePath()))
            .append("\"/><link rel=\"self\" href=\"").append(url.apply(outlet.feedPath())).append("\"/><link rel=\"hub\" href=\"").append(hub)
            .append("\"/><updated>").append(updated).append("</updated>");
        for (DemoArticle article : items) {
            atom.append("<entry><title>").append(DemoPages.escape(article.title())).append("</title><id>").append(url.apply(article.path()))
                .append("</id><link href=\"").append(url.apply(article.path())).append("\"/><published>").append(article.publishedAt())
                .append("</published><updated>").append(article.publishedAt()).append("</updated><summary>")
                .append(DemoPages.escape(article.paragraphs().get(0))).append("</summary></entry>");
        }
        return atom.append("</feed>").toString();
    }

    static String newsSitemap(DemoOutlet outlet, List<DemoArticle> items, Function<String, String> url) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        for (DemoArticle article : items) {
            xml.append("<url><loc>").append(url.apply(article.path())).append("</loc><news:news><news:publication><news:name>")
                .append(DemoPages.escape(outlet.name())).append("</news:name><news:language>").append(outlet.language())
                .append("</news:language></news:publication><news:publication_date>").append(article.publishedAt())
                .append("</news:publication_date><news:title>").append(DemoPages.escape(article.title())).append("</news:title></news:news></url>");
        }
        return xml.append("</urlset>").toString();
    }
}
