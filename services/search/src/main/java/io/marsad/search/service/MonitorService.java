package io.marsad.search.service;

import io.marsad.query.QueryParser;
import io.marsad.query.QuerySyntaxException;
import io.marsad.search.model.Monitor;
import io.marsad.search.model.MonitorDefinition;
import io.marsad.search.model.MonitorSpike;
import io.marsad.search.model.MonitorStats;
import io.marsad.search.model.SearchQuery;
import io.marsad.search.model.SearchResult;
import io.marsad.search.repository.MonitorRepository;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitors (saved searches) and what is computed from them. A user sees and changes only their
 * own: another user's id is not found, as a missing one is. Admins may list and read everyone's.
 */
@ApplicationScoped
public class MonitorService {

    private final MonitorRepository monitors;
    private final SearchService search;
    private final SpikeConfig spikes;

    MonitorService(MonitorRepository monitors, SearchService search, SpikeConfig spikes) {
        this.monitors = monitors;
        this.search = search;
        this.spikes = spikes;
    }

    /** The caller's monitors by name, or with {@code all} (admins only) everyone's. */
    public PanacheQuery<Monitor> list(Caller caller, boolean all, int page, int size) {
        if (all && !caller.admin()) {
            throw new ForbiddenException("Only admins may list everyone's monitors.");
        }
        return monitors.listed(all ? null : caller.subject(), page, size);
    }

    @Transactional
    public Monitor create(Caller caller, MonitorDefinition definition) {
        Monitor monitor = new Monitor();
        monitor.ownerSubject = caller.subject();
        apply(definition, monitor);
        monitors.persist(monitor);
        return monitor;
    }

    @Transactional
    public Monitor replace(Caller caller, long id, MonitorDefinition definition) {
        Monitor monitor = own(caller, id);
        apply(definition, monitor);
        return monitor;
    }

    @Transactional
    public void delete(Caller caller, long id) {
        monitors.delete(own(caller, id));
    }

    /** The caller's own monitor, or any for an admin. */
    public Monitor readable(Caller caller, long id) {
        if (caller.readsAll()) {
            return monitors.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No monitor " + id + "."));
        }
        return own(caller, id);
    }

    /**
     * Volume, top sources and entities, share of voice against the compared monitors (each counted
     * with its own query and filters over the same dates) and the spike signal of {@code day}.
     *
     * @param query    the monitor's search over the chosen dates and time zone
     * @param compared other monitors the caller may read; the monitor itself is left out if given
     * @param day      the day judged for a spike, in the query's time zone
     */
    public MonitorStats stats(Monitor monitor, SearchQuery query, List<Monitor> compared, LocalDate day) throws IOException {
        SearchResult result = search.search(query);
        Map<String, List<SearchResult.Bucket>> top = new LinkedHashMap<>(result.facets());
        top.remove("tags");

        List<Monitor> voices = new ArrayList<>(List.of(monitor));
        compared.stream().filter(other -> !other.id.equals(monitor.id)).forEach(voices::add);
        long[] counts = new long[voices.size()];
        long sum = 0;
        for (int i = 0; i < voices.size(); i++) {
            counts[i] = i == 0 ? result.total() : search.count(sameWindow(query, voices.get(i)));
            sum += counts[i];
        }
        List<MonitorStats.Share> shares = new ArrayList<>();
        for (int i = 0; i < voices.size(); i++) {
            shares.add(new MonitorStats.Share(voices.get(i).id, voices.get(i).name, counts[i], sum == 0 ? 0 : (double) counts[i] / sum));
        }

        return new MonitorStats(monitor.id, monitor.name, result.total(), result.stories(), result.timeline(), top, shares,
            spikeOf(query, day).spike());
    }

    /**
     * The spike signal of {@code day} (in {@code timeZone}) and up to {@code stories} of the day's
     * stories, the most relevant first: the day's volume is only counted, its stories only read
     * when asked for.
     */
    public MonitorSpike spike(Monitor monitor, String timeZone, LocalDate day, int stories) throws IOException {
        ZoneId zone = ZoneId.of(timeZone);
        SearchQuery wholeDay = new SearchQuery(monitor.query, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
            monitor.languages, monitor.sources, monitor.entities, List.of(), "relevance", 0, Math.max(1, stories), timeZone);
        List<MonitorSpike.Story> top = new ArrayList<>();
        if (stories > 0) {
            for (SearchResult.StoryHit hit : search.search(wholeDay).hits()) {
                SearchResult.Article article = hit.article();
                top.add(new MonitorSpike.Story(hit.storyId(), article.id(), article.title(), article.url(), article.source(), article.language(),
                    article.publishedAt(), hit.articlesInStory()));
            }
        }
        Judged judged = spikeOf(wholeDay, day);
        return new MonitorSpike(monitor.id, monitor.name, judged.spike(), java.util.Arrays.stream(judged.daily()).boxed().toList(), top);
    }

    /** The counts a day was judged on (the baseline days', then the day's) and the judgement. */
    private record Judged(long[] daily, MonitorStats.Spike spike) {}

    /** Whether {@code day}'s count of the query's articles stands out from the baseline days before it. */
    private Judged spikeOf(SearchQuery query, LocalDate day) throws IOException {
        ZoneId zone = ZoneId.of(query.timeZone());
        int baseline = spikes.baselineDays();
        long[] daily = search.dailyCounts(query, day.minusDays(baseline).atStartOfDay(zone), baseline + 1);
        SpikeDetector.Spike spike = SpikeDetector.evaluate(daily, spikes.z(), spikes.minArticles());
        return new Judged(daily, new MonitorStats.Spike(day, query.timeZone(), spike.count(), baseline, spike.baselineMean(),
            spike.baselineDeviation(), spike.z(), spikes.z(), spike.spiking()));
    }

    /** Another monitor's query and filters over the same dates and time zone. */
    private static SearchQuery sameWindow(SearchQuery query, Monitor other) {
        return new SearchQuery(other.query, query.from(), query.to(), other.languages, other.sources, other.entities, List.of(), "date", 0, 1,
            query.timeZone());
    }

    private static void apply(MonitorDefinition definition, Monitor monitor) {
        try {
            QueryParser.parse(definition.query());
        } catch (QuerySyntaxException e) {
            throw new InvalidFieldException("query", e.getMessage() + " (at character " + e.position() + ")");
        }
        monitor.name = definition.name().strip();
        monitor.query = definition.query().strip();
        monitor.languages = new ArrayList<>(definition.languages());
        monitor.sources = new ArrayList<>(definition.sources());
        monitor.entities = new ArrayList<>(definition.entities());
    }

    /** The caller's own monitor (for changes): someone else's is not found. */
    private Monitor own(Caller caller, long id) {
        return monitors.owned(id, caller.subject()).orElseThrow(() -> new NotFoundException("No monitor " + id + " of yours."));
    }
}
