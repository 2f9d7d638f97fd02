package io.marsad.local.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A small local news site for the demo platform and the end-to-end tests, on 127.0.0.1 only: four
 * fictional outlets in Arabic, English and French ({@link DemoOutlet}), each with a homepage naming
 * its feed, an RSS or Atom feed, a Google News sitemap (listed in robots.txt) and section pages,
 * and article pages full of the usual junk — menus, a ticker, inline CSS, "related" boxes, a tag
 * cloud — around the article. It publishes over time ({@link DemoSchedule}): what a page shows is
 * what is published at the clock's now.
 */
public final class DemoNewsroom implements AutoCloseable {

    /** Items a feed lists, newest first. */
    static final int FEED_ITEMS = 30;
    /** How far back the news sitemap reaches, as Google's news sitemaps do. */
    static final Duration SITEMAP_WINDOW = Duration.ofDays(2);

    private final HttpServer server;
    private final Clock clock;
    private final List<DemoArticle> schedule;

    private DemoNewsroom(HttpServer server, Clock clock, List<DemoArticle> schedule) {
        this.server = server;
        this.clock = clock;
        this.schedule = schedule;
    }

    /**
     * Starts the site on {@code port} of 127.0.0.1 (0: any free port), with {@code backlog} articles
     * published over the last three days and a new one every {@code every} from now on.
     */
    public static DemoNewsroom start(int port, Clock clock, int backlog, Duration every) throws IOException {
        List<DemoArticle> schedule = DemoSchedule.of(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), backlog, 2000, every, 20261130L);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        DemoNewsroom site = new DemoNewsroom(server, clock, schedule);
        server.createContext("/", site::serve);
        server.start();
        return site;
    }

    /** host:port, as the crawler's allowed-hosts setting names exactly this site. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://" + hostAndPort() + path;
    }

    /** Each outlet as a source would be registered: name, homepage, feed, news sitemap, sections, language. */
    public List<Source> sources() {
        return DemoOutlet.ALL.stream().map(outlet -> new Source(outlet.name(), url(outlet.homepagePath()), url(outlet.feedPath()),
            url(outlet.sitemapPath()), outlet.sections().stream().map(section -> url(outlet.sectionPath(section))).toList(), outlet.language()))
            .toList();
    }

    public record Source(String name, String homepage, String feed, String sitemap, List<String> sections, String language) {}

    /** The articles published by now, oldest first. */
    List<DemoArticle> published() {
        Instant now = clock.instant();
        return schedule.stream().filter(article -> !article.publishedAt().isAfter(now)).toList();
    }

    private List<DemoArticle> publishedBy(DemoOutlet outlet) {
        return published().stream().filter(article -> article.outlet().equals(outlet)).toList().reversed();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                respond(exchange, 405, "text/plain", "GET only");
                return;
            }
            if (path.equals("/")) {
                StringBuilder index = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Marsad demo newsroom</title>"
                    + "</head><body><h1>Marsad demo newsroom</h1><p>Fictional outlets, written for Marsad's demo.</p><ul>");
                DemoOutlet.ALL.forEach(outlet -> index.append("<li><a href=\"").append(outlet.homepagePath()).append("\" lang=\"")
                    .append(outlet.language()).append("\">").append(DemoPages.escape(outlet.name())).append("</a></li>"));
                respond(exchange, 200, "text/html; charset=utf-8", index.append("</ul></body></html>").toString());
                return;
            }
            if (path.equals("/robots.txt")) {
                StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /search\n");
                DemoOutlet.ALL.forEach(outlet -> robots.append("Sitemap: ").append(url(outlet.sitemapPath())).append('\n'));
                respond(exchange, 200, "text/plain; charset=utf-8", robots.toString());
                return;
            }
            for (DemoOutlet outlet : DemoOutlet.ALL) {
                if (path.equals(outlet.homepagePath()) || path.equals("/" + outlet.slug())) {
                    respond(exchange, 200, "text/html; charset=utf-8", DemoPages.homepage(outlet, publishedBy(outlet), this::url));
                    return;
                }
                if (path.equals(outlet.feedPath())) {
                    List<DemoArticle> items = publishedBy(outlet).stream().limit(FEED_ITEMS).toList();
                    respond(exchange, 200, outlet.feed().equals("atom") ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
                        outlet.feed().equals("atom") ? DemoFeeds.atom(outlet, items, this::url, clock.instant()) : DemoFeeds.rss(outlet, items, this::url));
                    return;
                }
                if (path.equals(outlet.sitemapPath())) {
                    Instant since = clock.instant().minus(SITEMAP_WINDOW);
                    respond(exchange, 200, "application/xml; charset=utf-8", DemoFeeds.newsSitemap(outlet,
                        publishedBy(outlet).stream().filter(article -> article.publishedAt().isAfter(since)).toList(), this::url));
                    return;
                }
                for (String section : outlet.sections()) {
                    if (path.equals(outlet.sectionPath(section))) {
                        respond(exchange, 200, "text/html; charset=utf-8", DemoPages.section(outlet, section,
                            publishedBy(outlet).stream().filter(article -> article.section().equals(section)).limit(20).toList(), this::url));
                        return;
                    }
                }
            }
            Optional<DemoArticle> article = published().stream().filter(candidate -> candidate.path().equals(path)).findFirst();
            if (article.isPresent()) {
                respond(exchange, 200, "text/html; charset=utf-8", DemoPages.article(article.get(), publishedBy(article.get().outlet()), this::url));
                return;
            }
            respond(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title><p>No such page.</p>");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
