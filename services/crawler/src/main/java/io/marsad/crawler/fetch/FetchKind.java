package io.marsad.crawler.fetch;

import java.util.List;
import java.util.Locale;

/** What is being fetched, and so which content types are acceptable. */
public enum FetchKind {
    PAGE(List.of("text/html", "application/xhtml+xml")),
    FEED(List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/feed+json", "application/json", "text/html", "text/plain")),
    SITEMAP(List.of("application/xml", "text/xml", "text/plain", "application/gzip", "application/x-gzip", "application/octet-stream")),
    ROBOTS(List.of());

    private final List<String> acceptedTypes;

    FetchKind(List<String> acceptedTypes) {
        this.acceptedTypes = acceptedTypes;
    }

    /** Servers often omit or mislabel the type; only a clearly foreign one (image, video, PDF…) is refused. */
    public boolean accepts(String contentType) {
        if (acceptedTypes.isEmpty() || contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return acceptedTypes.contains(type) || type.endsWith("+xml");
    }

    public String acceptHeader() {
        return switch (this) {
            case PAGE -> "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
            case FEED -> "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.1";
            case SITEMAP -> "application/xml,text/xml;q=0.9,*/*;q=0.1";
            case ROBOTS -> "text/plain,*/*;q=0.1";
        };
    }
}
