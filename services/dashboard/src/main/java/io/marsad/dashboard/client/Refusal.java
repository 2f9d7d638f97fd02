package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * A service's refusal (RFC 9457 problem+json) as the dashboard shows it: the title, and each field
 * the service named with what is wrong with it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Refusal(String title, String detail, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The refusal in an error answer, or one saying only the status when its body is not problem+json. */
    public static Refusal of(WebApplicationException e) {
        try {
            Refusal refusal = JSON.readValue(e.getResponse().readEntity(String.class), Refusal.class);
            return refusal.errors() == null ? new Refusal(refusal.title(), refusal.detail(), List.of()) : refusal;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return new Refusal("HTTP " + e.getResponse().getStatus(), null, List.of());
        }
    }

    /** What the service said about one field, or null. */
    public String about(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst().orElse(null);
    }
}
