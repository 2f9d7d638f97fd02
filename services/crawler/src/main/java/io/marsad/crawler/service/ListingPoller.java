package io.marsad.crawler.service;

import io.marsad.crawler.fetch.FetchKind;
import io.marsad.crawler.fetch.FetchResult;
import io.marsad.crawler.fetch.PoliteFetcher;
import io.marsad.crawler.model.Source;
import io.marsad.crawler.parse.DiscoveredLink;
import io.marsad.crawler.parse.FeedParser;
import io.marsad.crawler.parse.ParseResult;
import io.marsad.crawler.parse.SectionPageParser;
import io.marsad.crawler.parse.SitemapParser;
import io.marsad.crawler.repository.ListingStateRepository;
import io.marsad.crawler.repository.SourceRepository;
import io.marsad.crawler.repository.SourceScheduleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Polls due sources' feeds, sitemaps and section pages (conditional GET), and adds the article URLs
 * they list to the frontier. Problems are recorded on the source's health; one broken listing
 * never stops the others.
 */
@ApplicationScoped
public class ListingPoller {

    private static final Logger LOG = Logger.getLogger(ListingPoller.class);
    private static final int MAX_CHILD_SITEMAPS = 20;
    /** A source deferred for its host's turn is asked again no sooner than this. */
    private static final Duration MIN_TURN_RETRY = Duration.ofSeconds(5);

    private final SourceScheduleRepository schedule;
    private final SourceRepository sources;
    private final FrontierIntake intake;
    private final ListingStateRepository listingState;
    private final PoliteFetcher fetcher;
    private final FeedParser feeds;
    private final SitemapParser sitemaps;
    private final SectionPageParser sections;
    private final WorkerIdentity worker;
    private final WebSubSubscriber websub;
    private final PageStages stages;

    ListingPoller(SourceScheduleRepository schedule, SourceRepository sources, FrontierIntake intake, ListingStateRepository listingState,
                  PoliteFetcher fetcher, FeedParser feeds, SitemapParser sitemaps, SectionPageParser sections, WorkerIdentity worker,
                  WebSubSubscriber websub, PageStages stages) {
        this.schedule = schedule;
        this.sources = sources;
        this.intake = intake;
        this.websub = websub;
        this.stages = stages;
        this.listingState = listingState;
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.sections = sections;
        this.worker = worker;
    }

    /**
     * Polls every source that is due, several at once (each on a virtual thread; the per-host pacer
     * keeps each site to one request at a time, so sources of one site still take turns): a
     * source's five listings at two seconds apart must not hold up every other source. Returns how
     * many new URLs were found; one source's failure is logged and never stops the others.
     */
    public int pollDueSources() throws SQLException, InterruptedException {
        List<Source> due = new ArrayList<>();
        for (long sourceId : schedule.leaseDue(worker.id(), 20, Duration.ofMinutes(10))) {
            Source source = sources.findById(sourceId); // read here, in the caller's request context; polls use JDBC only
            if (source != null) {
                due.add(source);
            }
        }
        if (due.size() <= 1) {
            return due.isEmpty() ? 0 : poll(due.getFirst());
        }
        java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
        try (var polls = java.util.concurrent.Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("listing-poll-", 0).factory())) {
            for (Source source : due) {
                polls.execute(() -> {
                    try {
                        found.addAndGet(poll(source));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        LOG.errorf(e, "polling source %d (%s) failed", source.id, source.name);
                    }
                });
            }
        } // waits for every poll
        return found.get();
    }

    private int poll(Source source) throws SQLException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<DiscoveredLink> links = new ArrayList<>();
        int listingsRead = 0;
        int listings = source.feedUrls.size() + source.sitemapUrls.size() + source.sectionUrls.size();
        Poll poll = new Poll(source, links, problems);
        for (String feed : source.feedUrls) {
            listingsRead += read(poll, feed, FetchKind.FEED, null) ? 1 : 0;
        }
        List<String> sitemapQueue = new ArrayList<>(source.sitemapUrls);
        for (int i = 0; i < sitemapQueue.size() && i < source.sitemapUrls.size() + MAX_CHILD_SITEMAPS; i++) {
            listingsRead += read(poll, sitemapQueue.get(i), FetchKind.SITEMAP, sitemapQueue) ? 1 : 0;
        }
        for (String section : source.sectionUrls) {
            listingsRead += read(poll, section, FetchKind.PAGE, null) ? 1 : 0;
        }
        if (listings > 0 && listingsRead == 0 && problems.isEmpty() && !poll.turnWaits().isEmpty()) {
            // only our own pacing (this host's turn, shared with the other replicas) stood in the way:
            // not the source's failure, so its health and interval stay; ask again when the turn comes
            Duration retry = poll.turnWaits().stream().max(Duration::compareTo).orElseThrow();
            retry = retry.compareTo(MIN_TURN_RETRY) < 0 ? MIN_TURN_RETRY : retry;
            schedule.deferred(source.id, retry);
            LOG.infof("source %d (%s): its host's turn is not yet due; polled again in %d s", source.id, source.name, retry.toSeconds());
            return 0;
        }
        int added = intake.add(source.id, links);
        if (added > 0) {
            stages.newUrlsListed();
        }
        boolean success = listings == 0 || listingsRead > 0;
        Duration wait = PollSchedule.next(
            source.currentPollIntervalSeconds == null ? null : Duration.ofSeconds(source.currentPollIntervalSeconds),
            Duration.ofSeconds(source.minPollIntervalSeconds), Duration.ofSeconds(source.pollIntervalSeconds),
            new PollSchedule.Outcome(!success, added, links.stream().map(DiscoveredLink::publishedAt).filter(java.util.Objects::nonNull).toList()));
        schedule.polled(source.id, success, problems.isEmpty() ? null : String.join("; ", problems), wait);
        LOG.infof("source %d (%s): %d listings read of %d, %d new URLs, next poll in %d s%s", source.id, source.name, listingsRead, listings, added,
            wait.toSeconds(), problems.isEmpty() ? "" : ", problems: " + problems);
        return added;
    }

    /**
     * One poll of a source: what it found, what went wrong, and the hosts that turned out to be
     * down or asked to wait (their own 429/503, timeouts, refused connections; not our own pacing)
     * — the source's other listings on those hosts are not asked for in this poll, which would only
     * wait out the same hold.
     */
    private record Poll(Source source, List<DiscoveredLink> links, List<String> problems, java.util.Set<String> unavailableHosts,
                        List<Duration> turnWaits) {
        Poll(Source source, List<DiscoveredLink> links, List<String> problems) {
            this(source, links, problems, new java.util.HashSet<>(), new ArrayList<>());
        }
    }

    /** Fetches and parses one listing; true when it was read (or unchanged). */
    private boolean read(Poll poll, String url, FetchKind kind, List<String> sitemapQueue) throws SQLException, InterruptedException {
        Source source = poll.source();
        List<DiscoveredLink> links = poll.links();
        List<String> problems = poll.problems();
        String host = hostOf(url);
        if (poll.unavailableHosts().contains(host)) {
            problems.add(url + ": not asked for, its host is unavailable");
            return false;
        }
        var validators = kind == FetchKind.PAGE ? java.util.Optional.<ListingStateRepository.Validators>empty() : listingState.validators(url);
        FetchResult result = fetcher.fetch(url, kind, validators.map(ListingStateRepository.Validators::etag).orElse(null),
            validators.map(ListingStateRepository.Validators::lastModified).orElse(null));
        switch (result.outcome()) {
            case NOT_MODIFIED -> {
                return true;
            }
            case OK -> {
                ParseResult parsed = switch (kind) {
                    case FEED -> feeds.parse(result.body(), result.charset(), result.finalUrl());
                    case SITEMAP -> sitemaps.parse(result.body(), result.contentType(), result.finalUrl());
                    default -> sections.parse(result.body(), result.charset(), result.finalUrl());
                };
                links.addAll(parsed.links());
                if (parsed.hub() != null) {
                    websub.announced(source.id, parsed.hub());
                }
                if (sitemapQueue != null) {
                    parsed.sitemaps().stream().filter(s -> !sitemapQueue.contains(s)).forEach(sitemapQueue::add);
                }
                parsed.problems().forEach(p -> problems.add(url + ": " + p));
                if (kind != FetchKind.PAGE) {
                    listingState.save(url, source.id, result.etag(), result.lastModified());
                }
                return true;
            }
            case THROTTLED -> {
                if (result.httpStatus() == 0) {
                    // our own pacing: the host's turn is further away than a fetch waits for
                    poll.turnWaits().add(result.retryAfter() == null ? Duration.ZERO : result.retryAfter());
                    return false;
                }
                problems.add(url + ": throttled (" + result.detail() + ")");
                poll.unavailableHosts().add(host);
                return false;
            }
            default -> {
                problems.add(url + ": " + result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + result.detail() + ")");
                // the host timed out or refused: its other listings would only fail the same way
                if (result.outcome() == FetchResult.Outcome.TIMEOUT || result.outcome() == FetchResult.Outcome.NETWORK_ERROR) {
                    poll.unavailableHosts().add(host);
                }
                return false;
            }
        }
    }

    private static String hostOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }
}
