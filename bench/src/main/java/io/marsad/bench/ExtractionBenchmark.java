package io.marsad.bench;

import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.extract.ExtractedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction throughput on one thread over every page of the gold set (tuned and held-out) and the
 * real Arabic sample: one benchmark operation extracts all of them once. Pages per second = pages ×
 * operations per second (the run prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private List<byte[]> pages;

    @Setup
    public void loadPages() {
        pages = GoldPages.load();
        System.out.println("\n" + pages.size() + " pages, " + pages.stream().mapToInt(p -> p.length).sum() / 1024 + " KiB in all");
    }

    @Benchmark
    public int extractEveryPage() {
        int characters = 0;
        for (byte[] page : pages) {
            ExtractedArticle article = extractor.extract(page, null, "https://bench.example/article");
            characters += article.articleBody().length();
        }
        return characters;
    }
}
