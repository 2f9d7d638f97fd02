package io.marsad.crawler.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlNormalizerTest {

    @ParameterizedTest
    @CsvSource({
        "HTTP://News.Example.ORG:80/world/../world/story?utm_source=x&id=7#top, http://news.example.org/world/story?id=7",
        "https://news.example.org/a?utm_medium=social&utm_campaign=y, https://news.example.org/a",
        "https://news.example.org/a?fbclid=abc&page=2, https://news.example.org/a?page=2",
        "https://news.example.org, https://news.example.org/",
    })
    void normalises(String input, String expected) {
        assertEquals(expected, UrlNormalizer.normalize(input).orElseThrow());
    }

    @Test
    void refusesWhatCannotBeFetched() {
        assertTrue(UrlNormalizer.normalize("ftp://example.org/file").isEmpty());
        assertTrue(UrlNormalizer.normalize("not a url").isEmpty());
        assertTrue(UrlNormalizer.normalize("  ").isEmpty());
    }
}
