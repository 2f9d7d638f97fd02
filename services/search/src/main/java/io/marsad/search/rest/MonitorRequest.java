package io.marsad.search.rest;

import io.marsad.search.model.MonitorDefinition;
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
    MonitorDefinition toDefinition() {
        return new MonitorDefinition(name, query, orEmpty(languages), orEmpty(sources), orEmpty(entities));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
