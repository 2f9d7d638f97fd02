package io.marsad.crawler.fetch;

import io.marsad.guard.AddressPolicy;
import io.marsad.crawler.service.UrlNormalizer;
import io.marsad.guard.GuardedDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches one URL over HTTP(S) within {@link FetchLimits}: redirects are followed by hand so each
 * hop passes the SSRF guard and loops are caught; bodies are read with byte caps before and after
 * decompression; conditional GET saves refetching unchanged feeds and sitemaps. Knows nothing of
 * robots.txt or per-host pacing: {@link PoliteFetcher} adds those.
 */
public final class HttpFetcher implements Closeable {

    private final CloseableHttpClient client;
    private final AddressPolicy addressPolicy;
    private final FetchLimits limits;
    private final String userAgent;

    public HttpFetcher(AddressPolicy addressPolicy, FetchLimits limits, String userAgent, int maxConnections) {
        this.addressPolicy = addressPolicy;
        this.limits = limits;
        this.userAgent = userAgent;
        this.client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedDnsResolver(addressPolicy))
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(2)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                    .setSocketTimeout(Timeout.of(limits.readTimeout()))
                    .build())
                .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(limits.readTimeout())).build())
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAutomaticRetries()
            .setUserAgent(userAgent)
            .build();
    }

    public String userAgent() {
        return userAgent;
    }

    /**
     * @param etag         the validator from the last fetch, or null
     * @param lastModified the Last-Modified from the last fetch, or null
     */
    public FetchResult fetch(String url, FetchKind kind, String etag, String lastModified) {
        long deadline = System.nanoTime() + limits.total().toNanos();
        List<String> redirects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = url;
        while (true) {
            var refusal = addressPolicy.refusalForUrl(current);
            if (refusal.isPresent()) {
                return FetchResult.failure(FetchResult.Outcome.BLOCKED, 0, current, redirects, "the host " + refusal.get());
            }
            if (!seen.add(current)) {
                return FetchResult.failure(FetchResult.Outcome.REDIRECT_LOOP, 0, current, redirects, "redirect loop back to " + current);
            }
            HttpGet get = new HttpGet(URI.create(current));
            get.setHeader("Accept", kind.acceptHeader());
            get.setHeader("Accept-Encoding", "gzip, deflate");
            if (redirects.isEmpty()) {
                if (etag != null) {
                    get.setHeader("If-None-Match", etag);
                }
                if (lastModified != null) {
                    get.setHeader("If-Modified-Since", lastModified);
                }
            }
            Step step;
            ClassicHttpResponse response = null;
            try {
                response = client.executeOpen(null, get, null);
                step = exchange(response, kind, deadline);
                if (step.result == null || !step.result.ok()) {
                    // A body left unread (too large, wrong type, error page, redirect) is not drained: drop the connection.
                    get.cancel();
                }
            } catch (GuardedDnsResolver.BlockedAddressException e) {
                return FetchResult.failure(FetchResult.Outcome.BLOCKED, 0, current, redirects, e.getMessage());
            } catch (SocketTimeoutException | org.apache.hc.core5.http.ConnectionRequestTimeoutException e) {
                return FetchResult.failure(FetchResult.Outcome.TIMEOUT, 0, current, redirects, "timed out: " + e.getMessage());
            } catch (UnknownHostException e) {
                return FetchResult.failure(FetchResult.Outcome.NETWORK_ERROR, 0, current, redirects, "unknown host " + e.getMessage());
            } catch (IOException | IllegalArgumentException e) {
                return FetchResult.failure(FetchResult.Outcome.NETWORK_ERROR, 0, current, redirects, e.toString());
            } finally {
                closeQuietly(response);
            }
            if (step.location == null) {
                FetchResult result = step.result;
                return new FetchResult(result.outcome(), result.httpStatus(), current, List.copyOf(redirects), result.body(), result.contentType(),
                    result.charset(), result.etag(), result.lastModified(), result.retryAfter(), result.detail());
            }
            if (redirects.size() >= limits.maxRedirects()) {
                return FetchResult.failure(FetchResult.Outcome.TOO_MANY_REDIRECTS, step.status, current, redirects,
                    "more than " + limits.maxRedirects() + " redirects");
            }
            String next;
            try {
                next = UrlNormalizer.normalize(URI.create(current).resolve(step.location.trim()).toString()).orElse(null);
            } catch (IllegalArgumentException e) {
                next = null;
            }
            if (next == null) {
                return FetchResult.failure(FetchResult.Outcome.HTTP_ERROR, step.status, current, redirects, "unusable redirect to " + step.location);
            }
            redirects.add(current);
            current = next;
        }
    }

    /** One response: either a redirect to follow or a final result. */
    private record Step(int status, String location, FetchResult result) {}

    private Step exchange(ClassicHttpResponse response, FetchKind kind, long deadline) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            Header location = response.getFirstHeader("Location");
            if (location != null) {
                return new Step(status, location.getValue(), null);
            }
        }
        String etag = value(response, "ETag");
        String lastModified = value(response, "Last-Modified");
        if (status == 304) {
            return done(new FetchResult(FetchResult.Outcome.NOT_MODIFIED, status, null, List.of(), null, null, null, etag, lastModified, null, "not modified"));
        }
        if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(value(response, "Retry-After"));
            return done(new FetchResult(FetchResult.Outcome.THROTTLED, status, null, List.of(), null, null, null, null, null, retryAfter,
                "HTTP " + status + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s")));
        }
        if (status >= 400) {
            return done(failure(FetchResult.Outcome.HTTP_ERROR, status, "HTTP " + status));
        }
        HttpEntity entity = response.getEntity();
        String contentType = entity == null ? null : entity.getContentType();
        if (!kind.accepts(contentType)) {
            return done(failure(FetchResult.Outcome.WRONG_TYPE, status, "content type " + contentType + " is not expected for a " + kind.name().toLowerCase(Locale.ROOT)));
        }
        if (entity != null && entity.getContentLength() > limits.maxBytes()) {
            return done(failure(FetchResult.Outcome.TOO_LARGE, status, "declared " + entity.getContentLength() + " bytes, over " + limits.maxBytes()));
        }
        byte[] raw;
        try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
            raw = readCapped(in, limits.maxBytes(), deadline);
        } catch (CapExceeded e) {
            return done(failure(FetchResult.Outcome.TOO_LARGE, status, "more than " + limits.maxBytes() + " bytes"));
        } catch (DeadlineExceeded e) {
            return done(failure(FetchResult.Outcome.TIMEOUT, status, "body not complete within " + limits.total().toSeconds() + " s"));
        }
        byte[] body;
        String encoding = entity == null || entity.getContentEncoding() == null ? "" : entity.getContentEncoding().toLowerCase(Locale.ROOT).trim();
        try {
            body = decode(raw, encoding, deadline);
        } catch (CapExceeded e) {
            return done(failure(FetchResult.Outcome.TOO_LARGE, status, "decompresses to more than " + limits.maxDecompressedBytes() + " bytes"));
        } catch (DeadlineExceeded e) {
            return done(failure(FetchResult.Outcome.TIMEOUT, status, "decompression took too long"));
        } catch (IOException e) {
            return done(failure(FetchResult.Outcome.NETWORK_ERROR, status, "corrupt " + encoding + " body: " + e.getMessage()));
        }
        String charset = null;
        if (contentType != null) {
            try {
                ContentType parsed = ContentType.parse(contentType);
                charset = parsed.getCharset() == null ? null : parsed.getCharset().name();
            } catch (RuntimeException unknownCharset) {
                charset = null; // an unknown charset name: let the page's own declaration or detection decide
            }
        }
        return done(new FetchResult(FetchResult.Outcome.OK, status, null, List.of(), body, contentType, charset, etag, lastModified, null, null));
    }

    /**
     * POSTs a form (a WebSub subscription request to a hub) through the same guard as every fetch;
     * redirects are not followed. Returns the status and the first bytes of the answer.
     */
    public FormAnswer postForm(String url, java.util.Map<String, String> form) {
        var refusal = addressPolicy.refusalForUrl(url);
        if (refusal.isPresent()) {
            return new FormAnswer(0, "the host " + refusal.get());
        }
        org.apache.hc.client5.http.classic.methods.HttpPost post = new org.apache.hc.client5.http.classic.methods.HttpPost(URI.create(url));
        List<org.apache.hc.core5.http.NameValuePair> fields = new ArrayList<>();
        form.forEach((name, value) -> fields.add(new org.apache.hc.core5.http.message.BasicNameValuePair(name, value)));
        post.setEntity(new org.apache.hc.client5.http.entity.UrlEncodedFormEntity(fields, java.nio.charset.StandardCharsets.UTF_8));
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            HttpEntity entity = response.getEntity();
            String body = "";
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    body = new String(in.readNBytes(500), java.nio.charset.StandardCharsets.UTF_8).strip();
                }
            }
            return new FormAnswer(response.getCode(), body);
        } catch (GuardedDnsResolver.BlockedAddressException e) {
            return new FormAnswer(0, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new FormAnswer(0, e.toString());
        }
    }

    /** @param status the HTTP status, 0 when no answer came; {@code detail} says why or what the server said */
    public record FormAnswer(int status, String detail) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is discarded either way
            }
        }
    }

    private static Step done(FetchResult result) {
        return new Step(result.httpStatus(), null, result);
    }

    private static FetchResult failure(FetchResult.Outcome outcome, int status, String detail) {
        return new FetchResult(outcome, status, null, List.of(), null, null, null, null, null, null, detail);
    }

    private byte[] decode(byte[] raw, String encoding, long deadline) throws IOException {
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return raw;
        }
        InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new java.io.ByteArrayInputStream(raw));
            case "deflate" -> new InflaterInputStream(new java.io.ByteArrayInputStream(raw));
            default -> throw new IOException("unsupported Content-Encoding " + encoding);
        };
        try (in) {
            return readCapped(in, limits.maxDecompressedBytes(), deadline);
        }
    }

    private static byte[] readCapped(InputStream in, long cap, long deadline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > cap) {
                throw new CapExceeded();
            }
            if (System.nanoTime() > deadline) {
                throw new DeadlineExceeded();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static String value(ClassicHttpResponse response, String header) {
        Header h = response.getFirstHeader(header);
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private static final class CapExceeded extends IOException {}

    private static final class DeadlineExceeded extends IOException {}
}
