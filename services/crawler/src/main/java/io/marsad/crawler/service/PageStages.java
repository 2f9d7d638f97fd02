package io.marsad.crawler.service;

import io.marsad.support.work.Wakeable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page crawl and the hand-off, each run on its beat ({@link CrawlScheduler}) and also as soon
 * as new article URLs are listed, by a poll or a push ({@link #newUrlsListed()}): a crawl that
 * fetched articles wakes the hand-off. So a pushed article reaches enrichment in about the time
 * its page takes to fetch, not a beat later; the beats stay as the safety net.
 */
@ApplicationScoped
public class PageStages {

    private final Wakeable pageCrawl;
    private final Wakeable handOff;

    PageStages(PageCrawler pages, OutboxRelay relay, @ConfigProperty(name = "marsad.wake-on-new-work") boolean wakeOnWork) {
        this.handOff = new Wakeable("hand-off", wakeOnWork, relay::relay);
        this.pageCrawl = new Wakeable("page crawl", wakeOnWork, () -> {
            if (pages.crawlDuePages() > 0) {
                handOff.wake();
            }
        });
    }

    /** New article URLs are in the frontier: crawl them now. */
    public void newUrlsListed() {
        pageCrawl.wake();
    }

    void crawlOnBeat() {
        pageCrawl.onBeat();
    }

    void handOffOnBeat() {
        handOff.onBeat();
    }
}
