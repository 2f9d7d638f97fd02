package io.marsad.crawler.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitemaps through crawler-commons, leniently: sitemap indexes (their sitemaps are returned to
 * fetch next), URL sets, Google News sitemaps (title and publication time), plain-text lists,
 * and gzip.
 */
public final class SitemapParser {

    public ParseResult parse(byte[] body, String contentType, String sitemapUrl) {
        crawlercommons.sitemaps.SiteMapParser parser = new crawlercommons.sitemaps.SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        try {
            AbstractSiteMap parsed = parser.parseSiteMap(contentType == null ? "application/xml" : contentType.split(";")[0].trim(),
                body, URI.create(sitemapUrl).toURL());
            if (parsed instanceof SiteMapIndex index) {
                List<String> sitemaps = index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList();
                return new ParseResult(List.of(), sitemaps, List.of());
            }
            List<DiscoveredLink> links = new ArrayList<>();
            for (SiteMapURL url : ((SiteMap) parsed).getSiteMapUrls()) {
                String title = null;
                Instant published = url.getLastModified() == null ? null : url.getLastModified().toInstant();
                ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
                if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
                    title = attributes.getTitle();
                    if (attributes.getPublicationDateTime() != null) {
                        published = attributes.getPublicationDateTime().toInstant();
                    }
                }
                links.add(new DiscoveredLink(url.getUrl().toString(), title, published));
            }
            return ParseResult.of(FeedParser.distinct(links), List.of());
        } catch (Exception e) {
            return ParseResult.of(List.of(), List.of("sitemap could not be read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
