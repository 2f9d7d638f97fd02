package io.marsad.crawler.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A small news site on 127.0.0.1 that misbehaves on purpose, for the crawler's tests. */
public final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> requestTimes = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** One request as the site saw it arrive. */
    public record Request(String path, String userAgent, long arrivedNanos) {}

    public FixtureSite(Map<String, HttpHandler> routes) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            long now = System.nanoTime();
            requestTimes.add(now);
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), now));
            HttpHandler handler = routes.get(path);
            try {
                if (handler == null) {
                    respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    handler.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public String urlViaLocalhost(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public List<Long> requestTimes() {
        return requestTimes;
    }

    /** Every request so far, in the order they arrived. */
    public List<Request> requests() {
        return requests;
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static HttpHandler html(String html) {
        return exchange -> respond(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpHandler redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            respond(exchange, 302, null, new byte[0]);
        };
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
