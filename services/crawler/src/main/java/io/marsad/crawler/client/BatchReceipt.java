package io.marsad.crawler.client;

import java.util.List;

/**
 * Enrichment's answer (202): which ids it durably accepted, and which it rejected and why. A
 * rejected article is invalid, not unlucky: sending it again will not help.
 */
public record BatchReceipt(List<String> accepted, List<Rejected> rejected) {

    public record Rejected(String id, String detail, List<FieldError> errors) {}

    public record FieldError(String field, String message) {}
}
