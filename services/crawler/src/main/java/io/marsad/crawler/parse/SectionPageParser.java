package io.marsad.crawler.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Links on a section page (a site's "World" or "Economy" page) that look like articles: same site,
 * and a path shaped like an article's (a date, a long numeric id, or a slug of several words) rather
 * than a listing (tag, category, author, search, pagination) or a file. Language-neutral: it reads
 * URL shapes, not words.
 */
public final class SectionPageParser {

    private static final Pattern DATE_IN_PATH = Pattern.compile("/(19|20)\\d{2}[/-]?(0[1-9]|1[0-2])([/-]?(0[1-9]|[12]\\d|3[01]))?(/|-|$)");
    private static final Pattern LONG_ID = Pattern.compile("(^|[/_.-])\\d{5,}([/_.-]|$)");
    private static final Pattern SLUG = Pattern.compile("/[^/]*[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}%]+){3,}[^/]*/?$");
    private static final Pattern LISTING = Pattern.compile(
        "(?i)/(tags?|topics?|category|categories|section|sections|authors?|writers?|search|page|login|signin|register|subscribe|account|about|contact|privacy|terms|feed|rss|amp/?$)(/|$|\\?)");
    private static final Pattern FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|svg|pdf|mp4|mp3|zip|css|js|xml|json)(\\?|$)");

    public ParseResult parse(byte[] body, String charset, String pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), charset, pageUrl);
        } catch (IOException e) {
            return ParseResult.of(List.of(), List.of("section page could not be parsed: " + e.getMessage()));
        }
        String site = hostOf(pageUrl);
        List<DiscoveredLink> links = new ArrayList<>();
        for (Element anchor : page.select("a[href]")) {
            String url = anchor.absUrl("href");
            if (url.isEmpty() || !site.equals(hostOf(url)) || url.equals(pageUrl)) {
                continue;
            }
            url = url.replaceFirst("#.*$", "");
            if (looksLikeArticle(URI.create(url.replace(" ", "%20")))) {
                String title = anchor.text().isBlank() ? anchor.attr("title") : anchor.text();
                links.add(new DiscoveredLink(url, title.isBlank() ? null : title.trim(), null));
            }
        }
        return ParseResult.of(FeedParser.distinct(links), List.of());
    }

    static boolean looksLikeArticle(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (path.length() <= 1 || FILE.matcher(path).find() || LISTING.matcher(path).find()) {
            return false;
        }
        String decoded = java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8);
        return DATE_IN_PATH.matcher(path).find() || LONG_ID.matcher(path).find() || SLUG.matcher(decoded).find();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
