package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of sources as the crawler answers it (the contract's {@code SourcePage}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourcePage(List<SourceView> items, long total) {}
