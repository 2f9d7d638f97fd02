package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.james.mime4j.codec.Base64OutputStream;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;
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
        byte[] html = sample();
        Path plain = Files.write(dir.resolve("page.html"), html);
        Path gzipped = dir.resolve("page.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            gz.write(html);
        }
        Path broken = Files.write(dir.resolve("broken.html.gz"), "not gzip".getBytes(StandardCharsets.UTF_8));
        // a response body saved compressed as it came, under an .html name
        Path compressedAsIs = Files.copy(gzipped, dir.resolve("as-served.html"));

        assertEquals(0, run("--url", "https://news.example.org/x", plain.toString(), dir.resolve("missing.html").toString(), gzipped.toString(),
            broken.toString(), compressedAsIs.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(5, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals(plain.toString(), first.path("file").asText());
        assertEquals("https://news.example.org/world/2023/09/13/putin-kim-vostochny", first.path("url").asText());
        assertEquals("2023-09-13T07:30:00Z", first.path("publishedAt").asText());
        assertEquals(24, first.path("articleBody").asText().split("\n\n").length);
        assertEquals("no such file", json.readTree(lines[1]).path("error").asText());
        assertEquals(first.path("articleBody"), json.readTree(lines[2]).path("articleBody"));
        assertTrue(json.readTree(lines[3]).has("error"), lines[3]);
        assertEquals(first.path("articleBody"), json.readTree(lines[4]).path("articleBody"));
    }

    @Test
    void readsAPageSavedAsMhtmlFromItsHtmlPartAndTheAddressItWasSavedFrom(@TempDir Path dir) throws Exception {
        byte[] html = sample();
        // as Chrome saves "Webpage, Single File": the page quoted-printable, a picture after it in base64
        Path saved = Files.write(dir.resolve("page.mhtml"), mhtml("https://news.example.org/saved", "text/html", "quoted-printable", quotedPrintable(html)));
        Path plain = Files.write(dir.resolve("page.html"), html);

        assertEquals(0, run(saved.toString(), plain.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode fromMhtml = json.readTree(lines[0]);
        assertTrue(fromMhtml.path("articleBody").asText().length() > 1000, lines[0]);
        assertEquals(json.readTree(lines[1]).path("articleBody"), fromMhtml.path("articleBody"));
        assertEquals(json.readTree(lines[1]).path("title"), fromMhtml.path("title"));
        // a page saved with every picture, font and frame it shows holds hundreds of parts
        Path heavy = Files.write(dir.resolve("heavy.mhtml"), mhtml("https://news.example.org/saved", "text/html", "quoted-printable",
            quotedPrintable(html), 700));
        assertTrue(SavedPage.read(heavy).html().length > 10_000);
    }

    @Test
    void theAddressASavedPageNamesIsItsUrlUnlessOneIsGiven(@TempDir Path dir) throws Exception {
        String page = "<html><head><title>Harbour budget</title></head><body><article>" + "<p>The regional council approved the"
            + " new harbour budget on Tuesday, after a debate that lasted most of the night.</p>".repeat(4) + "</article></body></html>";
        Path mhtml = Files.write(dir.resolve("a.mht"), mhtml("https://news.example.org/harbour", "text/html", "binary",
            page.getBytes(StandardCharsets.UTF_8)));
        Path savedFrom = Files.writeString(dir.resolve("b.htm"), "<!-- saved from url=(0035)https://news.example.org/quay -->\n" + page);

        assertEquals(0, run(mhtml.toString(), savedFrom.toString(), "--url", "https://given.example.org/", savedFrom.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        ObjectMapper json = new ObjectMapper();
        assertEquals("https://given.example.org/", json.readTree(lines[0]).path("url").asText(), lines[0]);
        assertEquals(3, lines.length);
        out.reset();
        assertEquals(0, run(mhtml.toString(), savedFrom.toString()));
        String[] unset = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("https://news.example.org/harbour", json.readTree(unset[0]).path("url").asText(), unset[0]);
        assertEquals("https://news.example.org/quay", json.readTree(unset[1]).path("url").asText(), unset[1]);
    }

    @Test
    void anMhtmlPartsCharsetDecodesAPageThatNamesNone(@TempDir Path dir) throws Exception {
        String page = "<html><body><article>" + "<p>وافق المجلس البلدي على ميزانية الميناء الجديدة يوم الثلاثاء بعد نقاش طويل"
            + " استمر معظم الليل، وقالت سلطة الميناء إن العمل سيبدأ في الربيع.</p>".repeat(3) + "</article></body></html>";
        Path saved = Files.write(dir.resolve("arabic.mhtml"), mhtml("https://news.example.org/ar", "text/html; charset=windows-1256",
            "quoted-printable", quotedPrintable(page.getBytes("windows-1256"))));

        assertEquals("windows-1256", SavedPage.read(saved).charset());
        assertEquals(0, run(saved.toString()));

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(line.path("articleBody").asText().startsWith("وافق المجلس البلدي"), line.toString());
    }

    @Test
    void aDirectoryStandsForTheSavedPagesInItAndAnMhtmlWithoutAPageIsAnError(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("b.html"), sample());
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/a.mhtml"), mhtml("https://news.example.org/x", "image/png", "binary", new byte[] {1, 2, 3}));
        Files.writeString(dir.resolve("notes.txt"), "not a page");

        assertEquals(0, run(dir.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, out.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        assertEquals(dir.resolve("b.html").toString(), json.readTree(lines[0]).path("file").asText());
        assertTrue(json.readTree(lines[0]).path("articleBody").asText().length() > 1000, lines[0]);
        assertEquals("the MHTML file holds no HTML part", json.readTree(lines[1]).path("error").asText(), lines[1]);
        // a directory without pages says so rather than printing nothing
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a page");
        out.reset();
        assertEquals(0, run(empty.toString()));
        assertTrue(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).path("error").asText().startsWith("no saved pages"),
            out.toString(StandardCharsets.UTF_8));
    }

    private byte[] sample() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/extraction/samples/arabic-aggregator-article.html")) {
            return in.readAllBytes();
        }
    }

    /** A page saved as Chrome and Edge save "Webpage, Single File": the first part, then a picture in base64. */
    private static byte[] mhtml(String location, String contentType, String transferEncoding, byte[] encodedPart) throws Exception {
        return mhtml(location, contentType, transferEncoding, encodedPart, 1);
    }

    private static byte[] mhtml(String location, String contentType, String transferEncoding, byte[] encodedPart, int pictures) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + location + "\r\nSubject: A page\r\n"
            + "Date: Mon, 7 Dec 2026 10:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            + "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1--\"\r\n\r\n\r\n------MultipartBoundary--x1--\r\n"
            + "Content-Type: " + contentType + "\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: "
            + transferEncoding + "\r\nContent-Location: " + location + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        file.write(encodedPart);
        ByteArrayOutputStream picture = new ByteArrayOutputStream();
        try (OutputStream base64 = new Base64OutputStream(picture)) {
            base64.write(new byte[2000]);
        }
        for (int i = 0; i < pictures; i++) {
            file.write(("\r\n------MultipartBoundary--x1--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://news.example.org/picture" + i + ".png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            file.write(picture.toByteArray());
        }
        file.write("\r\n------MultipartBoundary--x1----\r\n".getBytes(StandardCharsets.US_ASCII));
        return file.toByteArray();
    }

    private static byte[] quotedPrintable(byte[] bytes) throws Exception {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (OutputStream qp = new QuotedPrintableOutputStream(encoded, false)) {
            qp.write(bytes);
        }
        return encoded.toByteArray();
    }

    @Test
    void usageErrorsExitNonZero() {
        assertEquals(2, run());
        assertEquals(2, run("--url"));
        assertEquals(2, run("--bogus", "x.html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: marsad extract"));
    }
}
