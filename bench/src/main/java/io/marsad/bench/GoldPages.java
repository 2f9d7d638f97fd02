package io.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The extraction gold set's pages (crawler test resources), the benchmarks' input. */
final class GoldPages {

    /** Relative to the project root, where `./marsad bench` runs. */
    static final String DIRECTORY = System.getProperty("marsad.bench.pages", "services/crawler/src/test/resources/extraction");

    private GoldPages() {}

    static List<byte[]> load() {
        try (Stream<Path> files = Files.walk(Path.of(DIRECTORY))) {
            List<byte[]> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().map(GoldPages::read).toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("no pages under " + Path.of(DIRECTORY).toAbsolutePath() + "; run from the project root");
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
