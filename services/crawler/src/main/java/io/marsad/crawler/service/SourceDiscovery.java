package io.marsad.crawler.service;

import io.marsad.crawler.fetch.FetchKind;
import io.marsad.crawler.fetch.FetchResult;
import io.marsad.crawler.fetch.PoliteFetcher;
import io.marsad.guard.AddressPolicy;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.validation.HttpUrlValidator;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Given only a homepage, finds where a site publishes: its feeds ({@code <link rel="alternate">}
 * with a feed type) and its sitemaps ({@code Sitemap:} lines of robots.txt). Fetches politely and
 * through the SSRF guard like any crawl.
 */
@ApplicationScoped
public class SourceDiscovery {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
        "application/feed+json", "application/json");

    /**
     * What was found; {@code problems} says what could not be read. {@code name} is the site's own
     * ({@code og:site_name}, else the page title) and {@code languageHint} the page's declared
     * language (ISO 639, lower case), each null when the page does not say.
     */
    public record Discovered(String homepage, String name, String languageHint, List<String> feedUrls, List<String> sitemapUrls,
                             List<String> problems) {}

    private final PoliteFetcher fetcher;
    private final AddressPolicy addressPolicy;

    SourceDiscovery(PoliteFetcher fetcher, AddressPolicy addressPolicy) {
        this.fetcher = fetcher;
        this.addressPolicy = addressPolicy;
    }

    public Discovered discover(String homepageUrl) throws InterruptedException {
        if (homepageUrl == null || !HttpUrlValidator.isHttpUrl(homepageUrl)) {
            throw new InvalidFieldException("homepage", "must be an absolute http or https URL");
        }
        String homepage = UrlNormalizer.normalize(homepageUrl).orElseThrow(() -> new InvalidFieldException("homepage", "is not a URL the crawler can fetch"));
        addressPolicy.refusalForUrl(homepage).ifPresent(reason -> {
            throw new InvalidFieldException("homepage", "is not allowed: the host " + reason);
        });
        List<String> problems = new ArrayList<>();
        Set<String> feeds = new LinkedHashSet<>();
        String name = null;
        String language = null;
        FetchResult page = fetcher.fetch(homepage, FetchKind.PAGE, null, null);
        if (page.ok()) {
            try {
                Document document = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset(), page.finalUrl());
                name = siteName(document);
                language = declaredLanguage(document);
                for (Element link : document.select("link[rel~=(?i)alternate][href][type]")) {
                    if (FEED_TYPES.contains(link.attr("type").toLowerCase(Locale.ROOT).trim())) {
                        UrlNormalizer.normalize(link.absUrl("href")).ifPresent(feeds::add);
                    }
                }
            } catch (IOException e) {
                problems.add("homepage could not be parsed: " + e.getMessage());
            }
        } else {
            problems.add("homepage: " + page.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + page.detail() + ")");
        }
        Set<String> sitemaps = new LinkedHashSet<>();
        var robots = fetcher.robotsRules(homepage);
        if (robots == null) {
            problems.add("robots.txt: not read yet (the host's turn is not due); its Sitemap: lines are not known");
        } else {
            for (String sitemap : robots.getSitemaps()) {
                UrlNormalizer.normalize(sitemap).ifPresent(sitemaps::add);
            }
        }
        return new Discovered(homepage, name, language, List.copyOf(feeds), List.copyOf(sitemaps), problems);
    }

    private static String siteName(Document document) {
        String name = document.select("meta[property=og:site_name][content]").attr("content").strip();
        if (name.isEmpty()) {
            name = document.title().strip();
        }
        return name.isEmpty() ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String declaredLanguage(Document document) {
        String lang = document.select("html[lang]").attr("lang").strip().toLowerCase(Locale.ROOT);
        String primary = lang.split("[-_]")[0];
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
