package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExtractCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonLinePerFileAndGoesOnAfterErrors(@TempDir Path dir) throws Exception {
        byte[] html;
        try (InputStream in = getClass().getResourceAsStream("/extraction/samples/arabic-aggregator-article.html")) {
            html = in.readAllBytes();
        }
        Path plain = Files.write(dir.resolve("page.html"), html);
        Path gzipped = dir.resolve("page.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            gz.write(html);
        }
        Path broken = Files.write(dir.resolve("broken.html.gz"), "not gzip".getBytes(StandardCharsets.UTF_8));

        assertEquals(0, run("--url", "https://news.example.org/x", plain.toString(), dir.resolve("missing.html").toString(), gzipped.toString(), broken.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals(plain.toString(), first.path("file").asText());
        assertEquals("https://news.example.org/world/2023/09/13/putin-kim-vostochny", first.path("url").asText());
        assertEquals("2023-09-13T07:30:00Z", first.path("publishedAt").asText());
        assertEquals(24, first.path("articleBody").asText().split("\n\n").length);
        assertEquals("no such file", json.readTree(lines[1]).path("error").asText());
        assertEquals(first.path("articleBody"), json.readTree(lines[2]).path("articleBody"));
        assertTrue(json.readTree(lines[3]).has("error"), lines[3]);
    }

    @Test
    void usageErrorsExitNonZero() {
        assertEquals(2, run());
        assertEquals(2, run("--url"));
        assertEquals(2, run("--bogus", "x.html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: marsad extract"));
    }
}
