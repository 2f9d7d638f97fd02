package io.marsad.crawler.service;

import io.marsad.crawler.parse.DiscoveredLink;
import io.marsad.crawler.repository.FrontierRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Article URLs a listing named (polled or pushed), normalised and added to the frontier once each. */
@ApplicationScoped
public class FrontierIntake {

    private final FrontierRepository frontier;

    FrontierIntake(FrontierRepository frontier) {
        this.frontier = frontier;
    }

    /** Returns how many of the links were new. */
    public int add(long sourceId, List<DiscoveredLink> links) throws SQLException {
        List<DiscoveredLink> normalised = new ArrayList<>();
        Map<String, String> hosts = new HashMap<>();
        for (DiscoveredLink link : links) {
            UrlNormalizer.normalize(link.url()).ifPresent(url -> {
                if (!hosts.containsKey(url)) {
                    hosts.put(url, URI.create(url).getHost().toLowerCase(Locale.ROOT));
                    normalised.add(new DiscoveredLink(url, link.title(), link.publishedAt()));
                }
            });
        }
        return frontier.addDiscovered(sourceId, normalised, hosts);
    }
}
