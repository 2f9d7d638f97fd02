package io.marsad.search.rest;

import io.marsad.search.model.Monitor;

import java.time.Instant;
import java.util.List;

/** A monitor as the API shows it. */
public record MonitorResponse(long id, String owner, String name, String query, List<String> languages, List<String> sources,
                              List<String> entities, Instant createdAt, Instant updatedAt) {

    static MonitorResponse of(Monitor monitor) {
        return new MonitorResponse(monitor.id, monitor.ownerSubject, monitor.name, monitor.query, List.copyOf(monitor.languages),
            List.copyOf(monitor.sources), List.copyOf(monitor.entities), monitor.createdAt, monitor.updatedAt);
    }
}
