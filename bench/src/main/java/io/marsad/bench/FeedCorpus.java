package io.marsad.bench;

import io.marsad.crawler.parse.DiscoveredLink;
import io.marsad.crawler.parse.FeedParser;
import io.marsad.crawler.parse.ParseResult;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./marsad bench feed-corpus DIR}: runs the crawler's feed stage over the test corpus of
 * the Python feedparser project (its {@code tests/} directory, kept outside this repository), where
 * every file states in a comment what a parser should find ({@code Expect: entries[0]['link'] ==
 * '…'}). Counts the files the stage parsed cleanly, salvaged (read with problems reported) or
 * refused (nothing read, problems reported), and any exception that escaped; checks the
 * expectations it can: each entry's link, title (as plain text) and publication time.
 */
public final class FeedCorpus {

    private static final String FEED_URL = "http://example.com/feed.xml";
    private static final Pattern EXPECT = Pattern.compile("(?m)^Expect:\\s*(.+)$");
    private static final Pattern LINK = Pattern.compile("entries\\[(\\d+)]\\['link'] == u?('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern TITLE = Pattern.compile("entries\\[(\\d+)]\\['title'] == u?('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern DATE = Pattern.compile(
        "entries\\[(\\d+)]\\['(?:published|updated)_parsed'] == \\((\\d+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+)");

    private final FeedParser parser = new FeedParser();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, int[]> checks = new TreeMap<>(); // kind -> {passed, failed}
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: marsad bench feed-corpus DIR   (DIR: feedparser's tests/ directory)");
            System.exit(2);
        }
        new FeedCorpus().run(Path.of(args[0]));
    }

    void run(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            check(directory.relativize(file).toString(), Files.readAllBytes(file));
        }
        System.out.printf(Locale.ROOT, "%d feed files: %s%n", files.size(), outcomes);
        checks.forEach((kind, counts) -> System.out.printf(Locale.ROOT, "  %-6s expectations: %d met, %d not%n", kind, counts[0], counts[1]));
        failures.forEach(f -> System.out.println("  not met: " + f));
    }

    private void check(String name, byte[] body) {
        ParseResult result;
        try {
            result = parser.parse(body, null, FEED_URL);
        } catch (RuntimeException e) {
            outcomes.merge("exception", 1, Integer::sum);
            failures.add(name + ": " + e);
            return;
        }
        String outcome = result.problems().isEmpty() ? "parsed" : result.links().isEmpty() ? "refused" : "salvaged";
        outcomes.merge(outcome, 1, Integer::sum);
        if (!outcome.equals("parsed")) {
            System.out.println(outcome + ": " + name + ": " + result.problems() + " " + result.links().size() + " links");
        }
        Matcher expect = EXPECT.matcher(new String(body, StandardCharsets.ISO_8859_1));
        if (!expect.find()) {
            return;
        }
        String expectation = new String(expect.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        List<DiscoveredLink> links = result.links();
        for (Matcher m = LINK.matcher(expectation); m.find(); ) {
            String want = FeedParserUrls.absolute(pythonString(m.group(2)));
            boolean met = want == null || links.stream().anyMatch(l -> l.url().equals(want));
            record("link", met, name + ": link " + want + " not among " + links.stream().map(DiscoveredLink::url).toList());
        }
        for (Matcher m = TITLE.matcher(expectation); m.find(); ) {
            int index = Integer.parseInt(m.group(1));
            String want = Jsoup.parse(pythonString(m.group(2))).text().strip();
            if (index < links.size()) { // titles of entries without a link are not read: there is nothing to crawl
                String got = links.get(index).title() == null ? "" : links.get(index).title().strip();
                record("title", got.equals(want), name + ": title '" + got + "' instead of '" + want + "'");
            }
        }
        for (Matcher m = DATE.matcher(expectation); m.find(); ) {
            int index = Integer.parseInt(m.group(1));
            if (index < links.size()) {
                java.time.Instant want = LocalDateTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7))).toInstant(ZoneOffset.UTC);
                record("date", want.equals(links.get(index).publishedAt()), name + ": date " + links.get(index).publishedAt() + " instead of " + want);
            }
        }
    }

    private void record(String kind, boolean met, String failure) {
        checks.computeIfAbsent(kind, k -> new int[2])[met ? 0 : 1]++;
        if (!met) {
            failures.add(failure);
        }
    }

    /** A Python string literal's value: quotes off, \\uXXXX, \\xXX and the usual escapes read. */
    static String pythonString(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'u' -> { out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16)); i += 8; }
                case 'x' -> { out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16)); i += 2; }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** Expected links resolved against the corpus's feed URL, as the feed stage resolves them. */
    private static final class FeedParserUrls {
        static String absolute(String link) {
            try {
                java.net.URI uri = java.net.URI.create(FEED_URL).resolve(link.trim().replace(" ", "%20"));
                return uri.getScheme() != null && uri.getScheme().startsWith("http") ? uri.toString() : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
