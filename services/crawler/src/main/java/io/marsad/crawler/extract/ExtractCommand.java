package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * {@code ./marsad extract [--url URL] FILE...}: extracts saved pages without any server and prints
 * one JSON object per file and line. A file that cannot be read prints an {@code error} line and
 * the others go on; the exit code is non-zero only for usage errors.
 */
public final class ExtractCommand {

    static final String USAGE = "usage: marsad extract [--url URL] FILE...   (FILE: .html or .html.gz)";

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(new ExtractCommand().run(args, out, System.err));
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url")) {
                if (i + 1 >= args.length) {
                    err.println("--url needs a value\n" + USAGE);
                    return 2;
                }
                url = args[++i];
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (args[i].startsWith("-")) {
                err.println("unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path file : files) {
            out.println(line(file, url));
        }
        return 0;
    }

    private String line(Path file, String url) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file.toString());
        try {
            ExtractedArticle article = extractor.extract(read(file), null, url);
            fields.put("url", article.canonicalUrl() != null ? article.canonicalUrl() : url);
            fields.put("title", article.title());
            fields.put("articleBody", article.articleBody());
            fields.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
            fields.put("authors", article.authors());
            fields.put("language", article.language());
            fields.put("siteName", article.siteName());
            fields.put("tags", article.tags());
            fields.put("extraction", Map.of("strategy", article.extraction().strategy(), "confidence", article.extraction().confidence()));
        } catch (NoSuchFileException | FileNotFoundException e) {
            fields.put("error", "no such file");
        } catch (IOException | RuntimeException e) {
            fields.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            return "{\"file\":\"" + file + "\",\"error\":\"cannot write JSON\"}";
        }
    }

    /** The file's bytes; gzip is unpacked, and no more than the extractor's page limit is ever read. */
    static byte[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes(ArticleExtractor.MAX_PAGE_BYTES + 1);
            if (bytes.length > ArticleExtractor.MAX_PAGE_BYTES) {
                throw new ExtractionException.PageTooLarge("page is larger than the " + ArticleExtractor.MAX_PAGE_BYTES + " bytes allowed");
            }
            return bytes;
        }
    }
}
