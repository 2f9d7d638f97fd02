package io.marsad.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./marsad bench all}: every benchmark at a size that fits this machine, one after another
 * (each in a JVM of its own, as {@code ./marsad bench <name>} runs it), then one table of the
 * headline figures, printed and written to bench/target/benchmarks.md for docs/benchmarks.md.
 * Each benchmark reports its figures on {@code bench-result: key=value} lines.
 */
public final class BenchAll {

    /** One benchmark run: a label, the JVM options, the main class and its arguments. */
    private record Step(String label, List<String> jvm, String mainClass, List<String> args) {}

    private static final List<Step> STEPS = List.of(
        new Step("enrichment + indexing (20,000 articles, bulk 200)", List.of(), "io.marsad.bench.EnrichmentThroughput", List.of("20000", "200")),
        new Step("alert matching (10k / 100k / 250k subscriptions, 2,000 articles)", List.of("-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"),
            "io.marsad.bench.AlertMatching", List.of("10000,100000,250000", "2000", "selective")),
        new Step("search (100,000 articles, 5 rounds)", List.of("-Xmx2g"), "io.marsad.bench.SearchLatency", List.of("100000", "5")),
        new Step("freshness (3 minutes, an article every 4 s)", List.of("-Xmx1g"), "io.marsad.bench.Freshness", List.of("3", "4")));

    public static void main(String[] args) throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        long begin = System.nanoTime();
        extraction(figures);
        for (Step step : STEPS) {
            System.out.println("\n=== " + step.label() + " ===");
            figures.putAll(run(step));
        }
        String table = table(figures, Duration.ofNanos(System.nanoTime() - begin));
        System.out.println("\n" + table);
        Path out = Path.of(System.getProperty("marsad.root", ".")).resolve("bench/target/benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("(written to " + out + ")");
    }

    /** Extraction through JMH, as {@code ./marsad bench Extraction}: pages/s and MB/s over the gold pages on one thread. */
    private static void extraction(Map<String, String> figures) throws Exception {
        System.out.println("=== extraction (JMH, gold pages, one thread) ===");
        List<byte[]> pages = GoldPages.load();
        // the benchmark's own warm-up and measurement (40 s): shorter runs measure the JIT, not the extractor
        RunResult result = new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getSimpleName()).build()).runSingle();
        double rounds = result.getPrimaryResult().getScore();
        long bytes = pages.stream().mapToLong(page -> page.length).sum();
        figures.put("extraction-pages-per-s", String.format(Locale.ROOT, "%.0f", rounds * pages.size()));
        figures.put("extraction-mb-per-s", String.format(Locale.ROOT, "%.1f", rounds * bytes / 1e6));
        figures.put("extraction-pages", Integer.toString(pages.size()));
    }

    private static Map<String, String> run(Step step) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(step.jvm());
        command.add("-Dmarsad.root=" + System.getProperty("marsad.root", "."));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), step.mainClass()));
        command.addAll(step.args());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> figures = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                System.out.println("  " + line);
                if (line.startsWith("bench-result: ") && line.contains("=")) {
                    String pair = line.substring("bench-result: ".length());
                    figures.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
        if (process.waitFor() != 0) {
            System.out.println("  (" + step.label() + " failed with exit code " + process.exitValue() + ")");
        }
        return figures;
    }

    private static String table(Map<String, String> f, Duration took) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Measured %s by `./marsad bench all` (%.0f min) on %d cores, %d GiB RAM, Java %s.%n%n", LocalDate.now(),
            took.toSeconds() / 60.0, Runtime.getRuntime().availableProcessors(), totalMemoryGiB(), Runtime.version().feature()));
        md.append("| benchmark | figure |\n|---|---|\n");
        row(md, "extraction, one thread (" + f.getOrDefault("extraction-pages", "?") + " gold pages)",
            f.get("extraction-pages-per-s"), " pages/s, ", f.get("extraction-mb-per-s"), " MB/s");
        row(md, "enrichment + indexing into the node, bulk 200", f.get("enrichment-bulk200-articles-per-s"), " articles/s");
        for (String size : List.of("10000", "100000", "250000")) {
            row(md, "alert matching, " + String.format(Locale.ROOT, "%,d", Integer.parseInt(size)) + " subscriptions (one thread)",
                f.get("alerting-selective-marsad-service-" + size + "-articles-per-s"), " articles/s");
        }
        row(md, "search with facets, timeline and story collapse (100,000 articles)", "p50 " + f.get("search-p50-ms"), " ms, p95 ",
            f.get("search-p95-ms"), " ms");
        row(md, "publish → searchable (demo newsroom, WebSub)", "p50 " + f.get("publish-to-searchable-p50-s"), " s, p95 ",
            f.get("publish-to-searchable-p95-s"), " s");
        row(md, "publish → alert at the webhook", "p50 " + f.get("publish-to-alert-p50-s"), " s, p95 ", f.get("publish-to-alert-p95-s"), " s");
        return md.toString();
    }

    /** A row of alternating values and units; a missing value shows as "not measured". */
    private static void row(StringBuilder md, String name, String... parts) {
        StringBuilder figure = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.endsWith("null")) {
                figure.setLength(0);
                figure.append("not measured (see the log above)");
                break;
            }
            figure.append(part);
        }
        md.append("| ").append(name).append(" | ").append(figure).append(" |\n");
    }

    private static long totalMemoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return 0;
    }

    private BenchAll() {}
}
