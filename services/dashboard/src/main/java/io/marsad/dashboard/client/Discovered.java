package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** What the crawler found on a homepage (the contract's {@code Discovered}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Discovered(String homepage, String name, String languageHint, List<String> feedUrls, List<String> sitemapUrls,
                         List<String> problems) {}
