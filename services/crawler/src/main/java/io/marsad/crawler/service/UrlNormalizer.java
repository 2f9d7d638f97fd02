package io.marsad.crawler.service;

import crawlercommons.filters.basic.BasicURLNormalizer;
import io.marsad.support.validation.HttpUrlValidator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per URL, so a page is known once whatever link led to it: crawler-commons'
 * normaliser (case of scheme and host, default ports, dot segments, escaping, fragments) plus
 * removal of tracking parameters, which never change the page.
 */
public final class UrlNormalizer {

    /** Exact tracking parameter names; any {@code utm_*} parameter is removed too. */
    static final List<String> TRACKING_PARAMETERS = List.of(
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "utm_name", "utm_reader", "utm_brand",
        "utm_social", "utm_social-type", "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "igshid",
        "ocid", "cmpid", "at_medium", "at_campaign", "ns_source", "ns_mchannel", "ns_campaign");

    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMETERS).build();

    private UrlNormalizer() {}

    /** The normal form, or empty when the text is not a URL the crawler can fetch. */
    public static Optional<String> normalize(String url) {
        if (url == null || !HttpUrlValidator.isHttpUrl(url)) {
            return Optional.empty();
        }
        String normal = NORMALIZER.filter(url.trim());
        if (normal == null || !HttpUrlValidator.isHttpUrl(normal)) {
            return Optional.empty();
        }
        return Optional.of(withoutUtmParameters(normal));
    }

    private static String withoutUtmParameters(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : url.substring(query + 1).split("&")) {
            if (!parameter.toLowerCase(Locale.ROOT).startsWith("utm_") && !parameter.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "&").append(parameter);
            }
        }
        return kept.isEmpty() ? url.substring(0, query) : url.substring(0, query + 1) + kept;
    }
}
