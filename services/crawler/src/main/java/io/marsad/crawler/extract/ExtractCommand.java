package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./marsad extract [--url URL] FILE|DIR...}: extracts saved pages ({@link SavedPage}) without any server and
 * prints one JSON object per page and line; a directory stands for the saved pages in it. A file that cannot be read
 * prints an {@code error} line and the others go on; the exit code is non-zero only for usage errors.
 */
public final class ExtractCommand {

    static final String USAGE = "usage: marsad extract [--url URL] FILE|DIR...   (a saved page: HTML or MHTML, gzipped or not;"
        + " a directory: every .html, .htm, .xhtml, .mhtml and .mht file in it and below it)";

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
        for (Path given : files) {
            List<Path> pages;
            try {
                pages = pagesIn(given);
            } catch (IOException e) {
                out.println(error(given, "cannot list the directory: " + e.getMessage()));
                continue;
            }
            if (pages.isEmpty()) {
                out.println(error(given, "no saved pages (.html, .htm, .xhtml, .mhtml or .mht, gzipped or not) in the directory"));
            }
            for (Path page : pages) {
                out.println(line(page, url));
            }
        }
        return 0;
    }

    /** One page's line; {@code url}, when given, wins over the address the saved file names. */
    private String line(Path file, String url) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file.toString());
        try {
            SavedPage page = SavedPage.read(file);
            String address = url != null ? url : page.url();
            ExtractedArticle article = extractor.extract(page.html(), page.charset(), address);
            fields.put("url", article.canonicalUrl() != null ? article.canonicalUrl() : address);
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
        return json(file, fields);
    }

    private String error(Path file, String message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file.toString());
        fields.put("error", message);
        return json(file, fields);
    }

    private String json(Path file, Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            return "{\"file\":\"" + file + "\",\"error\":\"cannot write JSON\"}";
        }
    }

    /** The files given and, for a directory, the saved pages in it and below it, in name order. */
    private static List<Path> pagesIn(Path given) throws IOException {
        if (!Files.isDirectory(given)) {
            return List.of(given);
        }
        try (Stream<Path> walk = Files.walk(given)) {
            return walk.filter(Files::isRegularFile).filter(SavedPage::isNamedAsOne).sorted().toList();
        }
    }
}
