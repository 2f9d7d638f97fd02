package io.marsad.bench;

import io.marsad.alerting.service.SubscriptionMatcher;
import io.marsad.alerting.service.WildcardPrefixes;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Alert matching throughput and per-article latency against 10,000, 100,000 and 250,000 stored
 * subscriptions (docs/alerting.md#performance). Two sets: the synthetic broad one of
 * ../shared/reference/alert-matching.md — measured both with the alerting service's own
 * {@link SubscriptionMatcher} (Marsad's query language over every analysed field, with each
 * match explained) and with a bare Monitor as the reference measured it (one field, plain Lucene
 * queries, matches only) — and a selective one of the shapes analysts write, about named people
 * and places ({@link SelectiveSubscriptions}), through the service's matcher. One
 * article per call; one thread for latency, then two threads for throughput.
 * Not a test: {@code ./marsad bench alerting [sizes] [articles] [sets]}, e.g.
 * {@code ./marsad bench alerting 10000,100000 2000 broad}.
 */
public final class AlertMatching {

    private static final int WARM_UP = 300;

    /** Matches one article; answers how many subscriptions it matched. */
    private interface Matcher {
        int match(int article) throws Exception;
    }

    private record Figures(String set, String matcher, int subscriptions, double registerSeconds, long heapMb, double perSecond,
                           double p50, double p99, double perSecondTwoThreads, double matchesPerArticle) {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).map(Integer::parseInt).toList() : List.of(10_000, 100_000, 250_000);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Set<String> sets = args.length > 2 ? Set.of(args[2].split(",")) : Set.of("broad", "selective");
        System.out.printf("alert matching: %s subscriptions, %d articles, %d cores, max heap %d MB, Java %s%n", sizes, articles,
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version());

        List<Figures> results = new ArrayList<>();
        for (int size : sizes) {
            if (sets.contains("broad")) {
                BroadSubscriptions broad = new BroadSubscriptions(42);
                List<ArticleDocument> corpus = broad.articles(articles + WARM_UP);
                List<BroadSubscriptions.Subscription> subscriptions = broad.subscriptions(size);
                results.add(bare(corpus, subscriptions));
                results.add(marsad("broad", corpus, subscriptions.stream()
                    .map(s -> new SubscriptionMatcher.Stored(0, s.marsad(), List.of(), List.of(), List.of())).toList()));
            }
            if (sets.contains("selective")) {
                SelectiveSubscriptions selective = new SelectiveSubscriptions(7);
                List<ArticleDocument> corpus = selective.articles(articles + WARM_UP);
                results.add(marsad("selective", corpus, selective.subscriptions(size).stream()
                    .map(s -> new SubscriptionMatcher.Stored(0, s.query(), s.languages(), List.of(), List.of())).toList()));
            }
        }
        System.out.println();
        System.out.println("| set | matcher | subscriptions | register s | heap MB | articles/s (1 thread) | p50 ms | p99 ms | articles/s (2 threads) | matches per article |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Figures f : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %,d | %,.0f | %.2f | %.2f | %,.0f | %.1f |%n", f.set(), f.matcher(), f.subscriptions(),
                f.registerSeconds(), f.heapMb(), f.perSecond(), f.p50(), f.p99(), f.perSecondTwoThreads(), f.matchesPerArticle());
        }
        for (Figures f : results) {
            String matcher = f.matcher().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            System.out.printf(Locale.ROOT, "bench-result: alerting-%s-%s-%d-articles-per-s=%.0f%n", f.set(), matcher, f.subscriptions(), f.perSecond());
        }
    }

    /** The service's matcher: Marsad's query language, every analysed field, each match explained. */
    private static Figures marsad(String set, List<ArticleDocument> corpus, List<SubscriptionMatcher.Stored> definitions) throws Exception {
        try (SubscriptionMatcher matcher = new SubscriptionMatcher()) {
            long start = System.nanoTime();
            for (int from = 0; from < definitions.size(); from += 10_000) {
                List<SubscriptionMatcher.Stored> batch = new ArrayList<>();
                for (int i = from; i < Math.min(definitions.size(), from + 10_000); i++) {
                    SubscriptionMatcher.Stored d = definitions.get(i);
                    batch.add(new SubscriptionMatcher.Stored(i + 1, d.query(), d.languages(), d.sources(), d.entities()));
                }
                matcher.put(batch);
            }
            double register = (System.nanoTime() - start) / 1e9;
            return measure(set, "Marsad (service)", definitions.size(), register, corpus.size(), i -> matcher.match(corpus.get(i)).found().size());
        }
    }

    /** Lucene's Monitor as the shared reference measured it: one field, plain queries, the same presearcher and wildcard handling. */
    private static Figures bare(List<ArticleDocument> corpus, List<BroadSubscriptions.Subscription> subscriptions) throws Exception {
        Monitor monitor = new Monitor(new StandardAnalyzer(), new MultipassTermFilteredPresearcher(2, 0f,
            TermFilteredPresearcher.DEFAULT_WEIGHTOR, List.of(new WildcardPrefixes()), Set.of()));
        try (monitor) {
            long start = System.nanoTime();
            List<MonitorQuery> batch = new ArrayList<>();
            for (int i = 0; i < subscriptions.size(); i++) {
                batch.add(new MonitorQuery(Integer.toString(i + 1), subscriptions.get(i).bare()));
                if (batch.size() == 10_000) {
                    monitor.register(batch);
                    batch = new ArrayList<>();
                }
            }
            monitor.register(batch);
            double register = (System.nanoTime() - start) / 1e9;
            List<Document> documents = corpus.stream().map(a -> {
                Document document = new Document();
                document.add(new TextField(BroadSubscriptions.FIELD, a.body(), Field.Store.NO));
                return document;
            }).toList();
            return measure("broad", "bare Monitor", subscriptions.size(), register, corpus.size(),
                i -> monitor.match(documents.get(i), QueryMatch.SIMPLE_MATCHER).getMatchCount());
        }
    }

    private static Figures measure(String set, String name, int size, double register, int articles, Matcher matcher) throws Exception {
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        for (int i = 0; i < WARM_UP; i++) {
            matcher.match(i);
        }
        int measured = articles - WARM_UP;
        double[] millis = new double[measured];
        long matches = 0;
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            matches += matcher.match(WARM_UP + i);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        long twoStart = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>(measured);
        for (int i = 0; i < measured; i++) {
            int article = WARM_UP + i;
            futures.add(pool.submit(() -> matcher.match(article)));
        }
        for (Future<Integer> future : futures) {
            future.get();
        }
        double twoSeconds = (System.nanoTime() - twoStart) / 1e9;
        pool.shutdown();

        Figures figures = new Figures(set, name, size, register, heap, measured / seconds, millis[measured / 2],
            millis[(int) Math.min(measured - 1, Math.ceil(measured * 0.99) - 1)], measured / twoSeconds, (double) matches / measured);
        System.out.printf(Locale.ROOT, "%s / %s / %,d: registered in %.1f s, %,.0f articles/s, p50 %.2f ms, p99 %.2f ms, two threads %,.0f/s, "
                + "%.1f matches per article%n", set, name, size, register, figures.perSecond(), figures.p50(), figures.p99(),
            figures.perSecondTwoThreads(), figures.matchesPerArticle());
        return figures;
    }
}
