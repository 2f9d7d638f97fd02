package io.marsad.bench;

import com.sun.net.httpserver.HttpServer;
import io.marsad.crawler.extract.ArticleExtractor;
import io.marsad.crawler.fetch.FetchKind;
import io.marsad.crawler.fetch.FetchLimits;
import io.marsad.crawler.fetch.FetchResult;
import io.marsad.crawler.fetch.HttpFetcher;
import io.marsad.guard.AddressPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crawl throughput without the database: the fetch stage (HttpFetcher: SSRF-guarded resolver,
 * caps, content-type check) and extraction, over HTTP on loopback, against a fixture site in the
 * same JVM serving the gold-set pages. Four crawler threads, as the page crawler runs several
 * hosts in parallel. One operation = one page fetched and extracted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CrawlBenchmark {

    private HttpServer site;
    private java.util.concurrent.ExecutorService siteThreads;
    private HttpFetcher fetcher;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final AtomicInteger next = new AtomicInteger();
    private int pageCount;
    private String base;

    @Setup
    public void startFixtureSite() throws IOException {
        List<byte[]> pages = GoldPages.load();
        pageCount = pages.size();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        siteThreads = Executors.newFixedThreadPool(4);
        site.setExecutor(siteThreads);
        site.createContext("/p/", exchange -> {
            byte[] page = pages.get(Integer.parseInt(exchange.getRequestURI().getPath().substring(3)) % pages.size());
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort() + "/p/";
        fetcher = new HttpFetcher(AddressPolicy.allowing(Set.of("127.0.0.1")), FetchLimits.defaults(), "MarsadBench/0.1", 16);
    }

    @TearDown
    public void stop() throws IOException {
        fetcher.close();
        site.stop(0);
        siteThreads.shutdownNow();
    }

    @Benchmark
    public int fetchAndExtractOnePage() {
        String url = base + (next.getAndIncrement() % pageCount);
        FetchResult result = fetcher.fetch(url, FetchKind.PAGE, null, null);
        if (!result.ok()) {
            throw new IllegalStateException(url + ": " + result.outcome() + " " + result.detail());
        }
        return extractor.extract(result.body(), result.charset(), url).articleBody().length();
    }
}
