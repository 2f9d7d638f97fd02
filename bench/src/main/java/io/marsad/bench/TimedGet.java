package io.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One timed {@code GET}, for latency benchmarks that subtract the server's own timings from the time
 * the client saw. By default HTTP/1.1, as the search API's callers speak it (the dashboard's REST
 * client; browsers do not speak HTTP/2 without TLS), in a blocking exchange on the calling thread
 * (keep-alive connections, {@link HttpURLConnection}): on two shared cores, the JDK's {@link HttpClient} hands
 * each exchange between its selector thread and its executor, which made a bare health check several
 * times slower, measured side by side (docs/query-language.md#latency) — the client's time, not the
 * server's. {@code -Dmarsad.bench.http2=true} times with the JDK client over HTTP/2 instead.
 */
final class TimedGet {

    /** What the server answered, and how long the exchange took as the client saw it. */
    record Answer(int status, String body, Optional<String> serverTiming, double millis) {}

    private static final boolean HTTP2 = Boolean.getBoolean("marsad.bench.http2");
    private static final HttpClient HTTP2_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
        .connectTimeout(Duration.ofSeconds(10)).build();

    private TimedGet() {}

    static String protocol() {
        return HTTP2 ? "HTTP/2 (the JDK's HttpClient)" : "HTTP/1.1, blocking, keep-alive";
    }

    static Answer get(URI uri, String bearerToken) throws IOException, InterruptedException {
        return HTTP2 ? viaHttp2(uri, bearerToken) : viaHttp11(uri, bearerToken);
    }

    private static Answer viaHttp11(URI uri, String bearerToken) throws IOException {
        long start = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(120_000);
        if (bearerToken != null) {
            connection.setRequestProperty("Authorization", "Bearer " + bearerToken);
        }
        int status = connection.getResponseCode();
        String body;
        // read to the end and close, so that the connection goes back to the keep-alive cache
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new Answer(status, body, Optional.ofNullable(connection.getHeaderField("Server-Timing")), millis);
    }

    private static Answer viaHttp2(URI uri, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP2_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Server-Timing"), millis);
    }
}
