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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small local news site for the demo platform and the end-to-end tests, on loopback addresses only: four
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

    /** The server of each outlet, by slug: one loopback address each where the system has them (127.0.0.1, .2, .3, .4). */
    private final Map<String, HttpServer> servers;
    private final HttpServer index;
    private final Clock clock;
    private final List<DemoArticle> schedule;
    private final String hubUrl;
    private final DemoHub hub;
    private volatile boolean down;

    private DemoNewsroom(Map<String, HttpServer> servers, Clock clock, List<DemoArticle> schedule) {
        this.servers = servers;
        this.index = servers.get(DemoOutlet.ALL.get(0).slug());
        this.clock = clock;
        this.schedule = schedule;
        Map<String, java.util.function.Supplier<DemoHub.FeedSnapshot>> topics = new LinkedHashMap<>();
        DemoOutlet.ALL.forEach(outlet -> topics.put(url(outlet, outlet.feedPath()), () -> feed(outlet)));
        this.hubUrl = url("/hub");
        this.hub = new DemoHub(hubUrl, topics, () -> !down, clock);
    }

    /**
     * Starts the site on {@code port} (0: any free port), with {@code backlog} articles published
     * over the last three days and a new one every {@code every} from now on. Each outlet gets an
     * address of its own — 127.0.0.1, 127.0.0.2, … — as separate sites would, so that the crawler's
     * per-host pace applies to each; where the system has only 127.0.0.1, they share it.
     */
    public static DemoNewsroom start(int port, Clock clock, int backlog, Duration every) throws IOException {
        List<DemoArticle> schedule = DemoSchedule.of(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), backlog, 2000, every,
            20261130L);
        Map<String, HttpServer> servers = new LinkedHashMap<>();
        HttpServer first = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int bound = first.getAddress().getPort();
        for (int i = 0; i < DemoOutlet.ALL.size(); i++) {
            HttpServer server = first;
            if (i > 0) {
                try {
                    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + (i + 1)), bound), 0);
                } catch (IOException unavailable) {
                    server = first; // no such loopback address here (or the port is taken on it): share the first
                }
            }
            servers.put(DemoOutlet.ALL.get(i).slug(), server);
        }
        DemoNewsroom site = new DemoNewsroom(servers, clock, schedule);
        for (HttpServer server : new LinkedHashSet<>(servers.values())) {
            List<DemoOutlet> here = DemoOutlet.ALL.stream().filter(outlet -> servers.get(outlet.slug()) == server).toList();
            server.createContext("/", exchange -> site.serve(exchange, here, server == site.index));
            server.start();
        }
        return site;
    }

    /** host:port of every address the site listens on, comma-separated: what the crawler may fetch, exactly. */
    public String hostAndPort() {
        return new LinkedHashSet<>(servers.values()).stream().map(DemoNewsroom::hostAndPort).collect(Collectors.joining(","));
    }

    private static String hostAndPort(HttpServer server) {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** A path on the site's first address (its index page lists the outlets). */
    public String url(String path) {
        return "http://" + hostAndPort(index) + path;
    }

    /** A path on an outlet's own address. */
    String url(DemoOutlet outlet, String path) {
        return "http://" + hostAndPort(servers.get(outlet.slug())) + path;
    }

    /** Each outlet as a source would be registered: name, homepage, feed, news sitemap, sections, language. */
    public List<Source> sources() {
        return DemoOutlet.ALL.stream().map(outlet -> new Source(outlet.name(), url(outlet, outlet.homepagePath()), url(outlet, outlet.feedPath()),
            url(outlet, outlet.sitemapPath()), outlet.sections().stream().map(section -> url(outlet, outlet.sectionPath(section))).toList(),
            outlet.language())).toList();
    }

    public record Source(String name, String homepage, String feed, String sitemap, List<String> sections, String language) {}

    /** The WebSub hub's address, which every feed announces. */
    public String hubUrl() {
        return hubUrl;
    }

    /** How many verified subscribers the outlet's feed has at the hub. */
    int pushSubscribers(DemoOutlet outlet) {
        return hub.subscribers(url(outlet, outlet.feedPath()));
    }

    /**
     * An outage: while down, every page, feed and the hub answer 503 (with Retry-After), and
     * nothing is pushed; once up again, what was published meanwhile is pushed and listed.
     */
    public void down(boolean down) {
        this.down = down;
    }

    /**
     * An article as a reader of the site sees it: its address, title, language, when it was
     * published (by the site's clock) and the story it tells (shared with its syndicated copies).
     */
    public record Published(String url, String title, String language, Instant publishedAt, String story) {}

    /** Every article published by now, oldest first. */
    public List<Published> publishedArticles() {
        return published().stream().map(article -> new Published(url(article.outlet(), article.path()), article.title(),
            article.outlet().language(), article.publishedAt(), article.story())).toList();
    }

    /** The articles published by now, oldest first. */
    List<DemoArticle> published() {
        Instant now = clock.instant();
        return schedule.stream().filter(article -> !article.publishedAt().isAfter(now)).toList();
    }

    private List<DemoArticle> publishedBy(DemoOutlet outlet) {
        return published().stream().filter(article -> article.outlet().equals(outlet)).toList().reversed();
    }

    private DemoHub.FeedSnapshot feed(DemoOutlet outlet) {
        List<DemoArticle> items = publishedBy(outlet).stream().limit(FEED_ITEMS).toList();
        Function<String, String> url = relative -> url(outlet, relative);
        boolean atom = outlet.feed().equals("atom");
        return new DemoHub.FeedSnapshot(atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
            atom ? DemoFeeds.atom(outlet, items, url, clock.instant(), hubUrl()) : DemoFeeds.rss(outlet, items, url, hubUrl()),
            items.isEmpty() ? "" : items.get(0).path());
    }

    private void serve(HttpExchange exchange, List<DemoOutlet> here, boolean isIndex) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (down) {
                exchange.getResponseHeaders().set("Retry-After", "30");
                respond(exchange, 503, "text/html; charset=utf-8", "<!DOCTYPE html><title>Down for maintenance</title><p>Back soon.</p>");
                return;
            }
            if (path.equals("/hub") && isIndex) {
                hub.handle(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                respond(exchange, 405, "text/plain", "GET only");
                return;
            }
            if (path.equals("/") && isIndex) {
                StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Marsad demo newsroom</title>"
                    + "</head><body><h1>Marsad demo newsroom</h1><p>Fictional outlets, written for Marsad's demo.</p><ul>");
                DemoOutlet.ALL.forEach(outlet -> page.append("<li><a href=\"").append(url(outlet, outlet.homepagePath())).append("\" lang=\"")
                    .append(outlet.language()).append("\">").append(DemoPages.escape(outlet.name())).append("</a></li>"));
                respond(exchange, 200, "text/html; charset=utf-8", page.append("</ul></body></html>").toString());
                return;
            }
            if (path.equals("/robots.txt")) {
                StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /search\n");
                here.forEach(outlet -> robots.append("Sitemap: ").append(url(outlet, outlet.sitemapPath())).append('\n'));
                respond(exchange, 200, "text/plain; charset=utf-8", robots.toString());
                return;
            }
            for (DemoOutlet outlet : here) {
                Function<String, String> url = relative -> url(outlet, relative);
                if (path.equals(outlet.homepagePath()) || path.equals("/" + outlet.slug())) {
                    respond(exchange, 200, "text/html; charset=utf-8", DemoPages.homepage(outlet, publishedBy(outlet), url));
                    return;
                }
                if (path.equals(outlet.feedPath())) {
                    DemoHub.FeedSnapshot feed = feed(outlet);
                    exchange.getResponseHeaders().add("Link", "<" + hubUrl() + ">; rel=\"hub\", <" + url.apply(outlet.feedPath()) + ">; rel=\"self\"");
                    respond(exchange, 200, feed.contentType(), feed.body());
                    return;
                }
                if (path.equals(outlet.sitemapPath())) {
                    Instant since = clock.instant().minus(SITEMAP_WINDOW);
                    respond(exchange, 200, "application/xml; charset=utf-8", DemoFeeds.newsSitemap(outlet,
                        publishedBy(outlet).stream().filter(article -> article.publishedAt().isAfter(since)).toList(), url));
                    return;
                }
                for (String section : outlet.sections()) {
                    if (path.equals(outlet.sectionPath(section))) {
                        respond(exchange, 200, "text/html; charset=utf-8", DemoPages.section(outlet, section,
                            publishedBy(outlet).stream().filter(article -> article.section().equals(section)).limit(20).toList(), url));
                        return;
                    }
                }
            }
            Optional<DemoArticle> article = published().stream().filter(candidate -> here.contains(candidate.outlet()) && candidate.path().equals(path))
                .findFirst();
            if (article.isPresent()) {
                respond(exchange, 200, "text/html; charset=utf-8", DemoPages.article(article.get(), publishedBy(article.get().outlet()),
                    relative -> url(article.get().outlet(), relative)));
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
        hub.close();
        new LinkedHashSet<>(servers.values()).forEach(server -> server.stop(0));
    }
}
