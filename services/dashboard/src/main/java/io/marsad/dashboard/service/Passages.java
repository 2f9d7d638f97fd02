package io.marsad.dashboard.service;

import java.util.regex.Pattern;

/**
 * Search's highlighted passages are HTML (the article's text escaped, matched words in
 * {@code <mark>}); before a page shows them as HTML, every tag but {@code <mark>} and
 * {@code </mark>} is removed, so a page is safe even if a passage ever came back unescaped.
 */
public final class Passages {

    private static final Pattern OTHER_TAGS = Pattern.compile("<(?!/?mark>)[^>]*>?");

    private Passages() {}

    public static String safe(String html) {
        return html == null ? "" : OTHER_TAGS.matcher(html).replaceAll("");
    }
}
