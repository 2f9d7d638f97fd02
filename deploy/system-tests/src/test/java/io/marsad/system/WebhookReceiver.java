package io.marsad.system;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on 127.0.0.1, as a customer would run one: it accepts every POST (200) and
 * keeps what came, and can be taken down and brought back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One accepted request. */
    record Delivery(String idempotencyKey, String signature, byte[] body, Instant receivedAt) {

        /** Whether {@code Marsad-Signature: t=…,v1=…} is the HMAC-SHA256 of "t." and the body with this secret. */
        boolean signedWith(String secret) {
            String[] parts = signature == null ? new String[0] : signature.split(",");
            if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update((parts[0].substring(2) + ".").getBytes(StandardCharsets.UTF_8));
                return MessageDigest.isEqual(mac.doFinal(body), HexFormat.of().parseHex(parts[1].substring(3)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private final int port;
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();
    private HttpServer server;

    WebhookReceiver(int port) {
        this.port = port;
    }

    synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                accepted.add(new Delivery(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Marsad-Signature"), body, Instant.now()));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** Down: connections are refused until {@link #start()}. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Delivery> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() {
        stop();
    }
}
