package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Real pages annotated by CSS selectors ({@code extraction/right-to-left-pages.json}): the
 * repository holds which elements of each page are the article and which are junk, never the
 * page or its text; the pages come from public repositories (bench/scripts/right-to-left-pages.sh).
 * The expected body is the text of the {@code body} elements without their {@code exclude}d
 * parts; the junk strings are the texts of the {@code junk} elements, which must not leak.
 */
final class SelectorAnnotatedPages {

    static final String RESOURCE = "/extraction/right-to-left-pages.json";
    /** Shorter junk texts ("more", a date) say nothing about a leak. */
    private static final int JUNK_MIN_CHARS = 15;

    private final JsonNode pages;

    SelectorAnnotatedPages() {
        try (InputStream in = SelectorAnnotatedPages.class.getResourceAsStream(RESOURCE)) {
            this.pages = new ObjectMapper().readTree(in).path("pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the directory holds pages this annotation names. */
    boolean describes(Path directory) {
        for (JsonNode page : pages) {
            if (Files.isRegularFile(directory.resolve(page.path("file").asText()))) {
                return true;
            }
        }
        return false;
    }

    List<ExtractionQuality.Page> load(String set, Path directory) throws IOException {
        List<ExtractionQuality.Page> loaded = new ArrayList<>();
        for (JsonNode annotation : pages) {
            Path file = directory.resolve(annotation.path("file").asText());
            if (!Files.isRegularFile(file)) {
                System.out.println("missing from " + directory + ": " + annotation.path("file").asText() + " (" + annotation.path("origin").asText() + ")");
                continue;
            }
            byte[] html = Files.readAllBytes(file);
            if (!sha256(html).equals(annotation.path("sha256").asText())) {
                throw new IllegalArgumentException(file + " is not the page that was annotated (its SHA-256 differs)");
            }
            Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            page.select("script, style, noscript, template").remove();
            String expected = expectedBody(page, strings(annotation.path("body")), strings(annotation.path("exclude")));
            if (expected.isBlank()) {
                throw new IllegalStateException(file + ": the body selectors select no text");
            }
            loaded.add(new ExtractionQuality.Page(set, annotation.path("file").asText(), "https://" + annotation.path("site").asText() + "/",
                html, expected, null, List.of(), junk(page, strings(annotation.path("junk")), expected), ExpectedMetadata.NONE));
        }
        return loaded;
    }

    private static String expectedBody(Document page, List<String> body, List<String> exclude) {
        List<String> texts = new ArrayList<>();
        List<Element> taken = new ArrayList<>();
        for (Element element : page.select(String.join(", ", body))) { // in page order
            if (insideAny(element, taken)) {
                continue;
            }
            taken.add(element);
            Element copy = element.clone();
            if (!exclude.isEmpty()) {
                copy.select(String.join(", ", exclude)).remove();
            }
            texts.add(copy.text());
        }
        return String.join("\n", texts).strip();
    }

    private static boolean insideAny(Element element, List<Element> taken) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            for (Element t : taken) {
                if (t == parent) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> junk(Document page, List<String> selectors, String expected) {
        if (selectors.isEmpty()) {
            return List.of();
        }
        Set<String> junk = new LinkedHashSet<>();
        for (Element element : page.select(String.join(", ", selectors))) {
            String text = element.text().strip();
            // a related list may name the article itself, whose words are then in the body by right
            if (text.length() >= JUNK_MIN_CHARS && !expected.contains(text)) {
                junk.add(text);
            }
        }
        return List.copyOf(junk);
    }

    /** A JSON array of strings as a list (the evaluation files' snippet and selector lists). */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
