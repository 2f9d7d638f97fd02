package io.marsad.crawler.fetch;

import java.time.Duration;
import java.util.List;

/**
 * What fetching one URL gave.
 *
 * @param finalUrl   where the content came from after redirects
 * @param redirects  the URLs passed through, in order (excluding the final one)
 * @param body       decompressed bytes, only for {@link Outcome#OK}
 * @param charset    the charset named by the Content-Type header, or null
 * @param retryAfter how long the server asked to wait (429/503), or null
 * @param detail     a human-readable reason for anything but OK
 */
public record FetchResult(Outcome outcome, int httpStatus, String finalUrl, List<String> redirects, byte[] body, String contentType,
                          String charset, String etag, String lastModified, Duration retryAfter, String detail) {

    public enum Outcome {
        OK,
        /** 304 to a conditional request: nothing new. */
        NOT_MODIFIED,
        /** robots.txt disallows it. */
        DISALLOWED,
        /** The SSRF guard refused the address (possibly of a redirect). */
        BLOCKED,
        /** 429 or 503: the host asked us to slow down. */
        THROTTLED,
        HTTP_ERROR,
        REDIRECT_LOOP,
        TOO_MANY_REDIRECTS,
        /** Over the size cap, compressed or decompressed. */
        TOO_LARGE,
        /** A content type that cannot be what was asked for. */
        WRONG_TYPE,
        TIMEOUT,
        NETWORK_ERROR
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    static FetchResult failure(Outcome outcome, int httpStatus, String finalUrl, List<String> redirects, String detail) {
        return new FetchResult(outcome, httpStatus, finalUrl, List.copyOf(redirects), null, null, null, null, null, null, detail);
    }
}
