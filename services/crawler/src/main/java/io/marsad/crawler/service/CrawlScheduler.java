package io.marsad.crawler.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

/**
 * Runs the pipeline: listings → frontier → pages → outbox → enrichment, each on its own beat
 * ({@code marsad.crawler.*-every} and {@code start-delay}, with their defaults in {@link CrawlerConfig}),
 * and pages → enrichment at once when new URLs are listed ({@link PageStages}); renews WebSub leases.
 */
@ApplicationScoped
public class CrawlScheduler {

    private static final Logger LOG = Logger.getLogger(CrawlScheduler.class);

    private final ListingPoller listings;
    private final PageStages stages;
    private final WebSubSubscriber websub;

    CrawlScheduler(ListingPoller listings, PageStages stages, WebSubSubscriber websub) {
        this.listings = listings;
        this.stages = stages;
        this.websub = websub;
    }

    @Scheduled(every = "${marsad.crawler.listings-every}", delayed = "${marsad.crawler.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void pollListings() {
        run("listing poll", listings::pollDueSources);
    }

    @Scheduled(every = "${marsad.crawler.pages-every}", delayed = "${marsad.crawler.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void crawlPages() {
        stages.crawlOnBeat();
    }

    @Scheduled(every = "${marsad.crawler.handoff-every}", delayed = "${marsad.crawler.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void handOff() {
        stages.handOffOnBeat();
    }

    @Scheduled(every = "1m", delayed = "${marsad.crawler.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void renewPushSubscriptions() {
        run("WebSub renewal", websub::renewDue);
    }

    private static void run(String what, java.util.concurrent.Callable<Integer> step) {
        try {
            step.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "%s failed", what);
        }
    }
}
