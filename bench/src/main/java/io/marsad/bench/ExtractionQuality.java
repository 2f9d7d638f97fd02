package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.extract.ExtractedArticle;
import io.marsad.crawler.extract.Extraction;
import io.marsad.crawler.extract.ShingleF1;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * {@code ./marsad bench extraction-quality [--part tune|report|all] DIR...}: scores the extractor on
 * public evaluation sets of real pages, kept outside the repository, and times it on one thread.
 *
 * <p>Each DIR is one of four layouts, told apart by what it holds:
 * <ul>
 *   <li>{@code <page>/source.html} + {@code <page>/expected.html} (Mozilla readability's test pages):
 *       4-token shingle F1 of the body against the expected text;</li>
 *   <li>{@code ground-truth.json} + {@code html/<id>.html.gz} (Scrapinghub's article extraction
 *       benchmark): shingle F1 against {@code articleBody}; where a page gives only {@code articleStart}, the
 *       body's first words (Postlight Parser's tests), whether the body holds them and how far in
 *       ({@link BodyOpening});</li>
 *   <li>{@code evaldata.json} + {@code eval/<file>} (trafilatura's evaluation): snippets that must
 *       ({@code with}) and must not ({@code without}) be in the body, pooled precision and recall.</li>
 * </ul>
 * Where a set's truth also gives a page's title, publication date or authors (trafilatura's evaluation; the
 * {@code title}, {@code datePublished} and {@code author} of a {@code ground-truth.json}), those are scored too
 * ({@link MetadataQuality}).
 * Pages are split in two halves by a hash of their id: rules are tuned on {@code tune} and the
 * figures reported from {@code report}, measured once. Per-page lines are printed only for the part
 * asked for, so tuning never looks at the report half.
 *
 * <p>Another extractor is scored the same way in two steps: {@code --write-pages OUT} writes the
 * chosen pages as {@code OUT/<set>/<page>.html} (and {@code .url}); the other extractor writes each
 * page's text beside it as {@code <page>.txt}; {@code --texts OUT} then scores those texts instead of
 * running Marsad's extractor (bench/scripts/readability-js.sh does all three for readability.js).
 */
public final class ExtractionQuality {

    /** A page whose expected text is this long but whose body is shorter than {@link #EMPTY_BODY} was lost. */
    private static final int SUBSTANTIAL_TEXT = 500;
    private static final int EMPTY_BODY = 200;
    private static final int WARM_UP_PASSES = 3;

    /** Untimed passes over the pages before the timed one ({@code --warm-up N}). */
    private int warmUpPasses = WARM_UP_PASSES;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ObjectMapper json = new ObjectMapper();
    private final SelectorAnnotatedPages annotated = new SelectorAnnotatedPages();

    /** {@code expectedStart}: the words the body opens with, where a set gives only those (Postlight Parser's tests). */
    record Page(String set, String id, String url, byte[] html, String expectedText, String expectedStart, List<String> with,
                List<String> without, ExpectedMetadata metadata) {
        boolean snippets() {
            return expectedText == null && expectedStart == null;
        }

        boolean opening() {
            return expectedStart != null;
        }

        String part() {
            CRC32 crc = new CRC32();
            crc.update((set + "/" + id).getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 2 == 0 ? "tune" : "report";
        }
    }

    /** {@code article} is null for a text another extractor wrote. */
    record Result(Page page, String body, Extraction extraction, long nanos, ExtractedArticle article) {}

    /** What is done with the chosen pages: Marsad's extractor run, the pages written out, or another extractor's texts scored. */
    private enum Mode { EXTRACT, WRITE_PAGES, SCORE_TEXTS }

    /** Extraction of a text another extractor wrote: neither strategy nor confidence is known. */
    private static final Extraction OTHER_EXTRACTOR = new Extraction("other", 1.0);

    public static void main(String[] args) throws IOException {
        String part = "all";
        boolean expectedOnly = false;
        Mode mode = Mode.EXTRACT;
        Path exchange = null;
        List<Path> directories = new ArrayList<>();
        int warmUp = WARM_UP_PASSES;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--part") && i + 1 < args.length) {
                part = args[++i];
            } else if (args[i].equals("--warm-up") && i + 1 < args.length) {
                warmUp = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--expected")) {
                expectedOnly = true;
            } else if ((args[i].equals("--write-pages") || args[i].equals("--texts")) && i + 1 < args.length) {
                mode = args[i].equals("--texts") ? Mode.SCORE_TEXTS : Mode.WRITE_PAGES;
                exchange = Path.of(args[++i]);
            } else {
                directories.add(Path.of(args[i]));
            }
        }
        if (directories.isEmpty() || !List.of("tune", "report", "all").contains(part) || warmUp < 0) {
            System.err.println("usage: marsad bench extraction-quality [--part tune|report|all] [--warm-up N] [--expected | --write-pages OUT | --texts OUT] DIR...");
            System.exit(2);
        }
        if (expectedOnly) {
            new ExtractionQuality().printExpected(directories);
        } else {
            ExtractionQuality quality = new ExtractionQuality();
            quality.warmUpPasses = warmUp;
            quality.run(directories, part, mode, exchange);
        }
    }

    /** For annotators: what each page is expected to give, without running the extractor. */
    void printExpected(List<Path> directories) throws IOException {
        for (Path directory : directories) {
            for (Page page : load(directory)) {
                String expected = page.opening() ? page.expectedStart()
                    : page.snippets() ? String.join(" | ", page.with()) : page.expectedText();
                System.out.printf(Locale.ROOT, "== %s/%s: %d chars, %d junk strings%n%s%n…%n%s%n", page.set(), page.id(), expected.length(),
                    page.without().size(), expected.substring(0, Math.min(200, expected.length())),
                    expected.substring(Math.max(0, expected.length() - 200)));
                page.without().stream().limit(3).forEach(junk -> System.out.println("  junk: " + junk));
            }
        }
    }

    void run(List<Path> directories, String part, Mode mode, Path exchange) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path directory : directories) {
            pages.addAll(load(directory));
        }
        String wanted = part;
        List<Page> chosen = pages.stream().filter(p -> wanted.equals("all") || p.part().equals(wanted)).toList();
        if (mode == Mode.WRITE_PAGES) {
            writePages(chosen, exchange);
            return;
        }
        if (mode == Mode.SCORE_TEXTS) {
            report(chosen.stream().map(p -> new Result(p, readText(exchange, p), OTHER_EXTRACTOR, 0, null)).toList());
            return;
        }
        // not timed: a crawler runs for days, so the JIT's steady state is what counts. Three passes come near it, not to
        // it (the speed kept rising for eight more on the real pages): more with --warm-up N
        for (int pass = 0; pass < warmUpPasses; pass++) {
            chosen.forEach(p -> extractor.extract(p.html(), null, p.url()));
        }
        List<Result> results = new ArrayList<>();
        for (Page page : chosen) {
            long start = System.nanoTime();
            ExtractedArticle article = extractor.extract(page.html(), null, page.url());
            long nanos = System.nanoTime() - start;
            results.add(new Result(page, article.articleBody(), article.extraction(), nanos, article));
        }
        report(results);
        long bytes = results.stream().mapToLong(r -> r.page().html().length).sum();
        double seconds = results.stream().mapToLong(Result::nanos).sum() / 1e9;
        System.out.printf(Locale.ROOT, "%nspeed (one thread, after %d warm-up passes): %d pages, %.1f MiB, %.1f pages/s, %.2f MiB/s%n",
            warmUpPasses, results.size(), bytes / 1048576.0, results.size() / seconds, bytes / 1048576.0 / seconds);
        System.out.printf(Locale.ROOT, "bench-result: extraction-quality-pages-per-s=%.1f%n", results.size() / seconds);
    }

    private void report(List<Result> results) {
        for (String set : results.stream().map(r -> r.page().set()).distinct().toList()) {
            List<Result> ofSet = results.stream().filter(r -> r.page().set().equals(set)).toList();
            if (ofSet.stream().anyMatch(r -> r.page().opening())) {
                reportOpenings(set, ofSet.stream().filter(r -> r.page().opening()).toList());
            } else if (ofSet.getFirst().page().snippets()) {
                reportSnippets(set, ofSet);
            } else {
                reportShingles(set, ofSet);
            }
            reportMetadata(set, ofSet);
        }
        Map<String, Long> strategies = new java.util.TreeMap<>(results.stream()
            .collect(java.util.stream.Collectors.groupingBy(r -> r.extraction().strategy(), java.util.stream.Collectors.counting())));
        System.out.println("\nstrategies: " + strategies);
    }

    private static void reportMetadata(String set, List<Result> results) {
        MetadataQuality quality = new MetadataQuality();
        results.stream().filter(r -> r.article() != null).sorted(Comparator.comparing(r -> r.page().id()))
            .forEach(r -> quality.add(r.page().part() + " " + r.page().id(), r.page().metadata(), r.article()));
        if (quality.isEmpty()) {
            return;
        }
        quality.misses().forEach(System.out::println);
        System.out.println(quality.summary(set));
        quality.benchResults(set).forEach(System.out::println);
    }

    private static void writePages(List<Page> pages, Path out) throws IOException {
        for (Page page : pages) {
            Path html = exchangeFile(out, page, ".html");
            Files.createDirectories(html.getParent());
            Files.write(html, page.html());
            Files.writeString(exchangeFile(out, page, ".url"), page.url() == null ? "" : page.url());
        }
        System.out.printf(Locale.ROOT, "%d pages written under %s%n", pages.size(), out);
    }

    /** A page the other extractor wrote no text for is scored as an empty body. */
    private static String readText(Path out, Page page) {
        Path text = exchangeFile(out, page, ".txt");
        try {
            return Files.isRegularFile(text) ? Files.readString(text) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path exchangeFile(Path out, Page page, String suffix) {
        return out.resolve(page.set()).resolve(page.id().replaceAll("[^A-Za-z0-9._-]", "_") + suffix);
    }

    private void reportShingles(String set, List<Result> results) {
        System.out.printf("%n== %s (shingle F1 of the body)%n", set);
        List<Double> scores = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<Double> synthetic = new ArrayList<>();
        int lost = 0;
        int poor = 0;
        int poorFlagged = 0;
        int flagged = 0;
        int junk = 0;
        int junkLeaked = 0;
        int pagesWithLeaks = 0;
        for (Result r : results.stream().sorted(Comparator.comparing(r -> r.page().id())).toList()) {
            double f1 = ShingleF1.of(r.body(), r.page().expectedText());
            String squeezed = squeeze(r.body());
            List<String> leaked = r.page().without().stream().filter(s -> squeezed.contains(squeeze(s))).toList();
            junk += r.page().without().size();
            junkLeaked += leaked.size();
            pagesWithLeaks += leaked.isEmpty() ? 0 : 1;
            scores.add(f1);
            // readability's test pages mix real sites with synthetic pages (Lorem ipsum) that each test one rule
            (r.page().expectedText().toLowerCase(Locale.ROOT).contains("lorem ipsum") ? synthetic : real).add(f1);
            boolean empty = r.page().expectedText().length() >= SUBSTANTIAL_TEXT && r.body().length() < EMPTY_BODY;
            lost += empty ? 1 : 0;
            System.out.printf(Locale.ROOT, "%-6s %.3f %6d/%6d chars %s%s  [%s %.2f]%s%n", r.page().part(), f1, r.body().length(),
                r.page().expectedText().length(), r.page().id(), empty ? "  EMPTY" : "", r.extraction().strategy(), r.extraction().confidence(),
                leaked.isEmpty() ? "" : "  junk leaked: " + leaked.stream().map(s -> s.length() > 60 ? s.substring(0, 60) + "…" : s).toList());
            poor += f1 < 0.5 ? 1 : 0;
            poorFlagged += f1 < 0.5 && r.extraction().doubtful() ? 1 : 0;
            flagged += r.extraction().doubtful() ? 1 : 0;
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long below = scores.stream().filter(s -> s < 0.5).count();
        System.out.printf(Locale.ROOT, "%s: %d pages, mean F1 %.3f, %d below 0.5, %d empty%n", set, results.size(), mean, below, lost);
        if (results.getFirst().extraction() != OTHER_EXTRACTOR) {
            System.out.printf(Locale.ROOT, "%s: %d pages flagged doubtful; %d of the %d pages below 0.5 were flagged%n", set, flagged, poorFlagged, poor);
        }
        if (junk > 0) {
            System.out.printf(Locale.ROOT, "%s: %d of %d junk strings leaked, on %d pages%n", set, junkLeaked, junk, pagesWithLeaks);
        }
        if (!synthetic.isEmpty()) {
            System.out.printf(Locale.ROOT, "%s: real pages %d, mean F1 %.3f; synthetic (Lorem ipsum) pages %d, mean F1 %.3f%n", set, real.size(),
                real.stream().mapToDouble(Double::doubleValue).average().orElse(0), synthetic.size(),
                synthetic.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
        System.out.printf(Locale.ROOT, "bench-result: extraction-quality-%s-mean-f1=%.3f%n", set, mean);
    }

    /** Pages whose set gives only the body's first words: is the opening in the body, and how far in. */
    private void reportOpenings(String set, List<Result> results) {
        System.out.printf("%n== %s (the body's opening: at its start, after a line, further in, or missing)%n", set);
        int atStart = 0;
        int afterALine = 0;
        int further = 0;
        int lost = 0;
        for (Result r : results.stream().sorted(Comparator.comparing(r -> r.page().id())).toList()) {
            BodyOpening opening = BodyOpening.of(r.body(), r.page().expectedStart());
            boolean empty = r.body().strip().length() < EMPTY_BODY;
            atStart += opening.atStart() ? 1 : 0;
            afterALine += opening.afterALine() ? 1 : 0;
            boolean furtherIn = opening.found() && !opening.atStart() && !opening.afterALine();
            further += furtherIn ? 1 : 0;
            lost += empty ? 1 : 0;
            if (furtherIn || !opening.found()) {
                String body = r.body().strip().replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "%-6s %-7s %6d chars %s%s  expected \"%s\", body opens \"%s\"%n", r.page().part(),
                    opening.found() ? "further" : "missing", r.body().length(), r.page().id(), empty ? "  EMPTY" : "",
                    r.page().expectedStart(), body.substring(0, Math.min(body.length(), 160)));
            }
        }
        int pages = results.size();
        int found = atStart + afterALine + further;
        System.out.printf(Locale.ROOT, "%s: %d pages, the opening found on %d (%.3f): at the body's start on %d, after a line (a standfirst, a"
            + " dateline) on %d, further in on %d; missing on %d, %d empty%n", set, pages, found, (double) found / pages, atStart, afterALine,
            further, pages - found, lost);
        System.out.printf(Locale.ROOT, "bench-result: extraction-quality-%s-opening-found=%.3f%n", set, (double) found / pages);
        System.out.printf(Locale.ROOT, "bench-result: extraction-quality-%s-opening-near-start=%.3f%n", set, (double) (atStart + afterALine) / pages);
    }

    private void reportSnippets(String set, List<Result> results) {
        System.out.printf("%n== %s (snippets that must / must not be in the body)%n", set);
        int truePositives = 0;
        int falseNegatives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        int lost = 0;
        for (Result r : results.stream().sorted(Comparator.comparing(r -> r.page().id())).toList()) {
            String body = squeeze(r.body());
            long found = r.page().with().stream().filter(s -> body.contains(squeeze(s))).count();
            long leaked = r.page().without().stream().filter(s -> body.contains(squeeze(s))).count();
            truePositives += (int) found;
            falseNegatives += r.page().with().size() - (int) found;
            falsePositives += (int) leaked;
            trueNegatives += r.page().without().size() - (int) leaked;
            boolean empty = body.length() < EMPTY_BODY && !r.page().with().isEmpty();
            lost += empty ? 1 : 0;
            if (found < r.page().with().size() || leaked > 0) {
                System.out.printf(Locale.ROOT, "%-6s found %d/%d, leaked %d/%d, %6d chars %s%s%n", r.page().part(), found, r.page().with().size(),
                    leaked, r.page().without().size(), r.body().length(), r.page().id(), empty ? "  EMPTY" : "");
            }
        }
        double precision = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = (double) (truePositives + trueNegatives) / Math.max(1, truePositives + trueNegatives + falsePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "%s: %d pages, precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f, %d empty%n", set, results.size(),
            precision, recall, f1, accuracy, lost);
        System.out.printf(Locale.ROOT, "bench-result: extraction-quality-%s-snippet-f1=%.3f%n", set, f1);
    }

    /** Snippets are compared with runs of white space made one space, as trafilatura's evaluation does. */
    /** Whitespace runs as one space, and no soft hyphens: invisible, some expected snippets were copied with them, some pages serve them. */
    private static String squeeze(String text) {
        return text == null ? "" : text.replace("\u00ad", "").replaceAll("\\s+", " ").trim();
    }

    /** The pages of one set, in any of the layouts this bench reads. */
    List<Page> load(Path directory) throws IOException {
        String set = directory.toAbsolutePath().normalize().getFileName().toString();
        if (annotated.describes(directory)) {
            return annotated.load("right-to-left", directory); // one name whatever the directory is called: the halves stay the same
        }
        if (Files.isRegularFile(directory.resolve("ground-truth.json"))) {
            return loadGroundTruth(set, directory);
        }
        if (Files.isRegularFile(directory.resolve("evaldata.json"))) {
            return loadSnippets(set, directory);
        }
        try (Stream<Path> children = Files.list(directory)) {
            List<Page> pages = children.filter(d -> Files.isRegularFile(d.resolve("source.html")) && Files.isRegularFile(d.resolve("expected.html")))
                .sorted().map(d -> new Page(set, d.getFileName().toString(), "http://fakehost/test/page.html", read(d.resolve("source.html")),
                    Jsoup.parse(new String(read(d.resolve("expected.html")), StandardCharsets.UTF_8)).text(), null, List.of(), List.of(),
                    ExpectedMetadata.NONE))
                .toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException(directory + " holds no known evaluation layout (see ExtractionQuality's javadoc)");
            }
            return pages;
        }
    }

    private List<Page> loadGroundTruth(String set, Path directory) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : json.readTree(directory.resolve("ground-truth.json").toFile()).properties()) {
            Path html = directory.resolve("html").resolve(entry.getKey() + ".html.gz");
            if (Files.isRegularFile(html)) {
                JsonNode truth = entry.getValue();
                String start = truth.has("articleBody") ? null : given(truth, "articleStart");
                pages.add(new Page(set, entry.getKey(), truth.path("url").asText(null), gunzip(html),
                    start == null ? truth.path("articleBody").asText("") : null, start, List.of(), List.of(), new ExpectedMetadata(given(truth, "title"), given(truth, "datePublished"), given(truth, "author"),
                        truth.has("author") && given(truth, "author") == null)));
            }
        }
        return pages;
    }

    private List<Page> loadSnippets(String set, Path directory) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : json.readTree(directory.resolve("evaldata.json").toFile()).properties()) {
            Path html = directory.resolve("eval").resolve(entry.getValue().path("file").asText());
            if (Files.isRegularFile(html)) {
                JsonNode truth = entry.getValue();
                pages.add(new Page(set, truth.path("file").asText(), entry.getKey(), read(html), null, null,
                    SelectorAnnotatedPages.strings(truth.path("with")), SelectorAnnotatedPages.strings(truth.path("without")),
                    new ExpectedMetadata(given(truth, "title"), given(truth, "date"), given(truth, "author"), false)));
            }
        }
        return pages;
    }

    private static String given(JsonNode truth, String field) {
        return ExpectedMetadata.given(truth.path(field).isTextual() ? truth.path(field).asText() : null);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
