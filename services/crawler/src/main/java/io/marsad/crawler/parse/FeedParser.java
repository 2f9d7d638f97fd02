package io.marsad.crawler.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RSS 0.9x/1.0/2.0 and Atom through Rome, JSON Feed 1.x through Jackson. A feed Rome cannot read
 * (unclosed tags, bad entities, junk before the XML declaration) is salvaged with jsoup's lenient
 * XML parser; whatever was wrong is reported, never thrown.
 */
public final class FeedParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    public ParseResult parse(byte[] body, String charset, String feedUrl) {
        if (looksLikeJson(body)) {
            return parseJsonFeed(body, feedUrl);
        }
        List<String> problems = new ArrayList<>();
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            input.setAllowDoctypes(false);
            SyndFeed feed = charset == null
                ? input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(body), true))
                : input.build(new InputStreamReader(new ByteArrayInputStream(body), charsetOrUtf8(charset)));
            List<DiscoveredLink> links = new ArrayList<>();
            for (SyndEntry entry : feed.getEntries()) {
                entryLink(entry, feedUrl).ifPresent(url -> links.add(new DiscoveredLink(url, clean(entry.getTitle()), instant(
                    entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()))));
            }
            if (links.size() < feed.getEntries().size()) {
                // entries whose link Rome could not read (an Atom <link> with its URL as text, not href): read them leniently
                links.addAll(salvage(body, charset, feedUrl, false));
            }
            return new ParseResult(distinct(links), List.of(), List.copyOf(problems), hubLink(feed, feedUrl).orElse(null));
        } catch (Exception e) {
            problems.add("feed is not well-formed (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + "); salvaged what could be read");
            return ParseResult.of(distinct(salvage(body, charset, feedUrl, true)), problems);
        }
    }

    private static Optional<String> entryLink(SyndEntry entry, String feedUrl) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            for (SyndLink candidate : entry.getLinks()) {
                if (candidate.getRel() == null || candidate.getRel().equals("alternate")) {
                    link = candidate.getHref();
                    break;
                }
            }
        }
        if ((link == null || link.isBlank()) && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri(); // RSS guid with isPermaLink
        }
        return absolute(feedUrl, link);
    }

    /**
     * The hub and self links: Atom's own {@code <link rel>}, or RSS's {@code <atom:link rel>}, which
     * Rome keeps as foreign markup. Without a self link the feed's URL is the topic.
     */
    private static Optional<ParseResult.HubLink> hubLink(SyndFeed feed, String feedUrl) {
        String hub = null;
        String self = null;
        for (SyndLink link : feed.getLinks()) {
            hub = "hub".equals(link.getRel()) && hub == null ? link.getHref() : hub;
            self = "self".equals(link.getRel()) && self == null ? link.getHref() : self;
        }
        for (org.jdom2.Element element : feed.getForeignMarkup()) {
            if (element.getName().equals("link") && ATOM.equals(element.getNamespaceURI())) {
                String rel = element.getAttributeValue("rel");
                hub = "hub".equals(rel) && hub == null ? element.getAttributeValue("href") : hub;
                self = "self".equals(rel) && self == null ? element.getAttributeValue("href") : self;
            }
        }
        Optional<String> topic = absolute(feedUrl, self == null ? feedUrl : self);
        return absolute(feedUrl, hub).flatMap(h -> topic.map(t -> new ParseResult.HubLink(h, t)));
    }

    /**
     * Items and entries read leniently: RSS {@code <link>} text, Atom {@code <link href>} or text,
     * the alternate link first; with {@code anyLink} also an entry's only other link (a broken feed's
     * entries may have nothing better).
     */
    private static List<DiscoveredLink> salvage(byte[] body, String charset, String feedUrl, boolean anyLink) {
        Document xml = Jsoup.parse(new String(body, charsetOrUtf8(charset)), feedUrl, Parser.xmlParser());
        List<DiscoveredLink> links = new ArrayList<>();
        for (Element item : xml.select("item, entry")) {
            Element link = item.selectFirst("link[rel=alternate], link:not([rel])");
            link = link != null || !anyLink ? link : item.selectFirst("link");
            String href = link == null ? null : (link.hasAttr("href") ? link.attr("href") : link.text());
            Element title = item.selectFirst("title");
            Element date = item.selectFirst("pubDate, published, updated, dc|date");
            absolute(feedUrl, href).ifPresent(url -> links.add(new DiscoveredLink(url, title == null ? null : clean(title.text()),
                date == null ? null : FeedDates.parse(date.text()))));
        }
        return links;
    }

    private ParseResult parseJsonFeed(byte[] body, String feedUrl) {
        try {
            JsonNode feed = JSON.readTree(body);
            if (!feed.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
                return ParseResult.of(List.of(), List.of("JSON document is not a JSON Feed (no jsonfeed.org version)"));
            }
            List<DiscoveredLink> links = new ArrayList<>();
            for (JsonNode item : feed.path("items")) {
                String url = item.path("url").asText(item.path("external_url").asText(null));
                absolute(feedUrl, url).ifPresent(u -> links.add(new DiscoveredLink(u, clean(item.path("title").asText(null)),
                    FeedDates.parse(item.path("date_published").asText(item.path("date_modified").asText(null))))));
            }
            return ParseResult.of(distinct(links), List.of());
        } catch (Exception e) {
            return ParseResult.of(List.of(), List.of("JSON feed is not valid JSON: " + firstLine(e.getMessage())));
        }
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    static Optional<String> absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = URI.create(base).resolve(link.trim().replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static List<DiscoveredLink> distinct(List<DiscoveredLink> links) {
        Map<String, DiscoveredLink> byUrl = new LinkedHashMap<>();
        for (DiscoveredLink link : links) {
            byUrl.putIfAbsent(link.url(), link);
        }
        return List.copyOf(byUrl.values());
    }

    private static Charset charsetOrUtf8(String charset) {
        try {
            return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String clean(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").trim();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
