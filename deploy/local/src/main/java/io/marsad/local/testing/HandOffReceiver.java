package io.marsad.local.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The receiving end of a service-to-service hand-off ({@code POST /api/articles}, docs/contracts)
 * on 127.0.0.1, for testing the sender alone: it records what it is sent and answers as the
 * contracts say (202 with the accepted ids), or with another status when switched
 * ({@code POST /mode/503}). Tests reach it over HTTP ({@code GET /received}), since it runs in the
 * test resource's class loader. The {@code client} argument names the sender's REST client
 * ({@code enrichment} for the crawler, {@code alerting} for enrichment), whose URL it sets.
 */
public class HandOffReceiver implements QuarkusTestResourceLifecycleManager {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"");

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private String client = "enrichment";

    public HandOffReceiver() {
    }

    public HandOffReceiver(String client) {
        this.client = client;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.getOrDefault("client", client);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/articles", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (status != 202) {
                send(exchange, status, "{\"status\":" + status + "}");
                return;
            }
            bodies.add(body);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            StringBuilder accepted = new StringBuilder();
            Matcher ids = ID.matcher(body);
            while (ids.find()) {
                accepted.append(accepted.isEmpty() ? "" : ",").append('"').append(ids.group(1)).append('"');
            }
            send(exchange, 202, "{\"accepted\":[" + accepted + "],\"rejected\":[]}");
        });
        server.createContext("/received", exchange -> send(exchange, 200,
            "{\"bodies\":[" + String.join(",", bodies) + "],\"authorizations\":[" + String.join(",", authorizations.stream().map(a -> "\"" + a + "\"").toList()) + "]}"));
        server.createContext("/mode/", exchange -> {
            status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/mode/".length()));
            send(exchange, 204, "");
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client." + client + ".url", url, "marsad.test." + client + "-receiver", url);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
