package io.marsad.crawler.parse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The feed stage over the Python feedparser project's test corpus (src/test/resources/feeds/
 * feedparser-corpus, BSD licence): well-formed, ill-formed, encoding and entity cases, each stating
 * what a parser should find ({@code Expect: entries[0]['link'] == '…'}). No exception may escape;
 * every file is parsed cleanly, salvaged (read, its problem reported) or refused (nothing read,
 * its problem reported); the expectations the stage can meet (each entry's link, its title as plain
 * text, its publication time) are checked, and the few it does not meet are named with the reason.
 * The counts are pinned: a change in them is a change in behaviour to look at.
 */
class FeedCorpusTest {

    private static final String FEED_URL = "http://example.com/feed.xml";
    private static final Pattern EXPECT = Pattern.compile("(?m)^Expect:\\s*(.+)$");
    private static final String PYTHON_STRING = "u?('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")";
    private static final Pattern LINK = Pattern.compile("entries\\[(\\d+)]\\['link'] == " + PYTHON_STRING);
    private static final Pattern TITLE = Pattern.compile("entries\\[(\\d+)]\\['title'] == " + PYTHON_STRING);
    private static final Pattern DATE = Pattern.compile(
        "entries\\[(\\d+)]\\['(?:published|updated)_parsed'] == \\((\\d+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+)");

    /**
     * Expectations the stage does not meet, for a reason outside it: a link resolved against the
     * corpus's own test server (the stage resolves against the feed's URL), and an item of
     * Microsoft's CDF, not a feed format the crawler reads.
     */
    private static final List<String> KNOWN_UNMET = List.of(
        "wellformed/base/http_item_link_base_docuri.xml link",
        "wellformed/cdf/item_href_map_link.xml link");

    private final FeedParser parser = new FeedParser();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, int[]> checks = new TreeMap<>(); // kind -> {met, not met}
    private final List<String> unmet = new ArrayList<>();
    private final List<String> unmetKeys = new ArrayList<>();
    private final List<String> escaped = new ArrayList<>();

    @Test
    void everyFeedOfTheCorpusIsParsedSalvagedOrRefusedAndNoExceptionEscapes() throws Exception {
        Path corpus = Path.of(FeedCorpusTest.class.getResource("/feeds/feedparser-corpus").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            check(corpus.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d feed files: %s%n", files.size(), outcomes));
        checks.forEach((kind, counts) -> report.append(String.format(Locale.ROOT, "  %-6s expectations: %d met, %d not%n", kind, counts[0], counts[1])));
        unmet.forEach(u -> report.append("  not met: ").append(u).append('\n'));
        System.out.print(report);

        assertEquals(2106, files.size(), "feed files in the corpus");
        assertEquals(List.of(), escaped, "exceptions that escaped the feed stage");
        assertEquals(Map.of("parsed", 1994, "salvaged", 3, "refused", 109), outcomes, report.toString());
        assertEquals(KNOWN_UNMET, unmetKeys, report.toString());
        assertEquals(18, checks.get("link")[0], report.toString());
        assertEquals(6, checks.get("title")[0], report.toString());
    }

    private void check(String name, byte[] body) {
        ParseResult result;
        try {
            result = parser.parse(body, null, FEED_URL);
        } catch (RuntimeException e) {
            escaped.add(name + ": " + e);
            return;
        }
        String outcome = result.problems().isEmpty() ? "parsed" : result.links().isEmpty() ? "refused" : "salvaged";
        outcomes.merge(outcome, 1, Integer::sum);
        Matcher expect = EXPECT.matcher(new String(body, StandardCharsets.ISO_8859_1));
        if (!expect.find()) {
            return;
        }
        String expectation = new String(expect.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        List<DiscoveredLink> links = result.links();
        for (Matcher m = LINK.matcher(expectation); m.find(); ) {
            String want = absolute(pythonString(m.group(2)));
            boolean met = want == null || links.stream().anyMatch(l -> l.url().equals(want));
            record(name, "link", met, name + ": link " + want + " not among " + links.stream().map(DiscoveredLink::url).toList());
        }
        for (Matcher m = TITLE.matcher(expectation); m.find(); ) {
            int index = Integer.parseInt(m.group(1));
            String want = Jsoup.parse(pythonString(m.group(2))).text().strip();
            if (index < links.size()) { // titles of entries without a link are not read: there is nothing to crawl
                String got = links.get(index).title() == null ? "" : links.get(index).title().strip();
                record(name, "title", got.equals(want), name + ": title '" + got + "' instead of '" + want + "'");
            }
        }
        for (Matcher m = DATE.matcher(expectation); m.find(); ) {
            int index = Integer.parseInt(m.group(1));
            if (index < links.size()) {
                Instant want = LocalDateTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7))).toInstant(ZoneOffset.UTC);
                record(name, "date", want.equals(links.get(index).publishedAt()), name + ": date " + links.get(index).publishedAt() + " instead of " + want);
            }
        }
    }

    private void record(String file, String kind, boolean met, String failure) {
        checks.computeIfAbsent(kind, k -> new int[2])[met ? 0 : 1]++;
        if (!met) {
            unmet.add(failure);
            unmetKeys.add(file + " " + kind);
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

    /** An expected link resolved against the corpus's feed URL, as the feed stage resolves links; null if not http(s). */
    private static String absolute(String link) {
        try {
            URI uri = URI.create(FEED_URL).resolve(link.trim().replace(" ", "%20"));
            return uri.getScheme() != null && uri.getScheme().startsWith("http") ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
