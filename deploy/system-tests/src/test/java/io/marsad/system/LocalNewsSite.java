package io.marsad.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A small French news site on 127.0.0.1 for the crawler to discover and crawl: a homepage that
 * names its feed, robots.txt, an RSS feed of {@code articles} articles, their pages, and a second,
 * empty feed for an OPML import to point at. Texts written for the tests.
 */
final class LocalNewsSite implements AutoCloseable {

    static final String NAME = "Le Petit Rhodanien";

    private final HttpServer server;
    private final int articles;

    LocalNewsSite(int articles) throws IOException {
        this.articles = articles;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** host:port, as the crawler's allowed-hosts setting names it. */
    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/")) {
            respond(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"fr\"><head><title>Accueil | " + NAME + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + NAME + "\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"À la une\" href=\"/rss.xml\"></head>"
                + "<body><nav><a href=\"/\">Accueil</a></nav><h1>" + NAME + "</h1></body></html>");
        } else if (path.equals("/robots.txt")) {
            respond(exchange, 200, "text/plain", "User-agent: *\nDisallow:\n");
        } else if (path.equals("/rss.xml")) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + NAME
                + "</title><link>" + url("/") + "</link>");
            for (int i = 1; i <= articles; i++) {
                rss.append("<item><title>La fête des lumières, jour ").append(i).append("</title><link>").append(url("/2026/11/fete-" + i))
                    .append("</link><pubDate>Mon, 30 Nov 2026 0").append(i % 10).append(":00:00 +0000</pubDate></item>");
            }
            respond(exchange, 200, "application/rss+xml", rss.append("</channel></rss>").toString());
        } else if (path.equals("/second.xml")) {
            respond(exchange, 200, "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Second</title></channel></rss>");
        } else if (path.startsWith("/2026/11/fete-")) {
            String day = path.substring("/2026/11/fete-".length());
            respond(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"fr\"><head><title>La fête des lumières, jour " + day
                + "</title><meta property=\"article:published_time\" content=\"2026-11-30T0" + day + ":00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Accueil</a> <a href=\"/culture\">Culture</a></nav><article><h1>La fête des lumières, jour " + day + "</h1>"
                + "<p>Les rues du vieux quartier se sont remplies dès la tombée de la nuit, et les habitants ont allumé des bougies sur "
                + "leurs fenêtres comme le veut la tradition, tandis que les projections animaient les façades des églises.</p>"
                + "<p>Les organisateurs attendent encore plus de visiteurs pour la soirée de clôture, avec des navettes supplémentaires "
                + "et des rues piétonnes élargies autour des places principales.</p>"
                + "<p>Les commerçants du centre disent avoir rarement vu une telle affluence un soir de semaine.</p></article>"
                + "<aside class=\"related\"><h2>À lire aussi</h2><a href=\"/autre\">Autre article</a></aside></body></html>");
        } else {
            respond(exchange, 404, "text/plain", "not found");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
