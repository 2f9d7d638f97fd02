package io.marsad.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A monitor as search answers it: the properties of the contract's {@code Monitor} that alerting reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowedMonitor(long id, String name, String query, List<String> languages, List<String> sources, List<String> entities) {

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    public List<String> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    public List<String> entitiesOrEmpty() {
        return entities == null ? List.of() : entities;
    }
}
