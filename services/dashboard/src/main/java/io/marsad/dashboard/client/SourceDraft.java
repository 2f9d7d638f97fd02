package io.marsad.dashboard.client;

import java.util.List;

/** A source as the dashboard writes it (the contract's {@code SourceRequest}). */
public record SourceDraft(String name, String homepage, List<String> feedUrls, List<String> sitemapUrls, List<String> sectionUrls,
                          String languageHint, String countryHint, Integer pollIntervalSeconds, Boolean enabled) {}
