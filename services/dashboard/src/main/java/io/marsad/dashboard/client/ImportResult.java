package io.marsad.dashboard.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** How an import went (the contract's {@code ImportResult}): every item accounted for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportResult(int created, int updated, List<FailedItem> failed) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FailedItem(int index, String homepage, List<Refusal.FieldError> errors) {
        /** The item's place in the file, counted from 1 as people do. */
        public int position() {
            return index + 1;
        }
    }
}
