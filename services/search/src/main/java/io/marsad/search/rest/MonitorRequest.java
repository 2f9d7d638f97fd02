package io.marsad.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A monitor as a user writes it: a name, a query in Marsad's language, optional filters. */
public record MonitorRequest(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 2000) String query,
    @Size(max = 20) List<@NotBlank @Size(max = 35) String> languages,
    @Size(max = 50) List<@NotBlank @Size(max = 300) String> sources,
    @Size(max = 50) List<@NotBlank @Size(max = 200) String> entities
) {
    List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    List<String> sourcesOrEmpty() {
        return sources == null ? List.of() : sources;
    }

    List<String> entitiesOrEmpty() {
        return entities == null ? List.of() : entities;
    }
}
