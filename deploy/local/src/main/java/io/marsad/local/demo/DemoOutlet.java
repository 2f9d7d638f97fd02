package io.marsad.local.demo;

import java.util.List;

/**
 * A fictional outlet of the demo newsroom. {@code feed} is {@code rss} or {@code atom};
 * {@code syndicates} names the outlet whose stories this one republishes under its own headlines.
 */
record DemoOutlet(String slug, String name, String language, String feed, List<String> sections, String syndicates) {

    static final List<DemoOutlet> ALL = List.of(
        new DemoOutlet("sada", "صدى الميناء", "ar", "rss", List.of("economy", "local", "weather"), null),
        new DemoOutlet("ledger", "The Harbour Ledger", "en", "atom", List.of("economy", "local", "weather"), null),
        new DemoOutlet("coastline", "Coastline Wire", "en", "rss", List.of("economy", "local", "weather"), "ledger"),
        new DemoOutlet("gazette", "La Gazette du Littoral", "fr", "rss", List.of("economie", "local", "meteo"), null));

    String homepagePath() {
        return "/" + slug + "/";
    }

    String feedPath() {
        return "/" + slug + (feed.equals("atom") ? "/atom.xml" : "/rss.xml");
    }

    String sitemapPath() {
        return "/" + slug + "/sitemap-news.xml";
    }

    String sectionPath(String section) {
        return "/" + slug + "/section/" + section;
    }
}
