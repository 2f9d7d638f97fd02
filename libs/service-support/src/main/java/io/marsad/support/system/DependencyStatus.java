package io.marsad.support.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a service knows of one server it depends on.
 *
 * @param name    e.g. {@code Elasticsearch}
 * @param up      whether it answered
 * @param version the server's own version string, when it answered
 * @param detail  e.g. the error, or the schema version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DependencyStatus(String name, boolean up, String version, String detail) {

    public static DependencyStatus up(String name, String version, String detail) {
        return new DependencyStatus(name, true, version, detail);
    }

    public static DependencyStatus down(String name, Exception error) {
        return new DependencyStatus(name, false, null, error.toString());
    }
}
