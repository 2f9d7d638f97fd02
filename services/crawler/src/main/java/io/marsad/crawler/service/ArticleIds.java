package io.marsad.crawler.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stable id of an article: SHA-256 of its normalised canonical URL, first 128 bits in hex. */
public final class ArticleIds {

    private ArticleIds() {}

    public static String of(String canonicalUrl) {
        String normal = UrlNormalizer.normalize(canonicalUrl).orElse(canonicalUrl);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
