package io.marsad.crawler.fetch;

import java.time.Duration;

/**
 * Bounds on one fetch, so no server can make the crawler hang or run out of memory.
 *
 * @param maxBytes             bytes accepted off the wire
 * @param maxDecompressedBytes bytes accepted after gzip/deflate (a gzip bomb stops here)
 * @param total                the whole exchange including a slowly dripping body
 */
public record FetchLimits(long maxBytes, long maxDecompressedBytes, Duration connectTimeout, Duration readTimeout, Duration total, int maxRedirects) {

    public static FetchLimits defaults() {
        return new FetchLimits(8L << 20, 16L << 20, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 5);
    }
}
