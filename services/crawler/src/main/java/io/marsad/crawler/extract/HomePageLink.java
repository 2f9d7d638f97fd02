package io.marsad.crawler.extract;

import java.util.regex.Pattern;

/**
 * A link's address that leads to the site's home page: its root or the root's index page ("/", "index.html",
 * "default.asp", "https://example.com/?ref=logo"). What links there is the site's (a theme's logo, a breadcrumb's first
 * step), not the story's; "#top" and an empty address stay on the page.
 */
final class HomePageLink {

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(?:[a-zA-Z]+:)?//[^/]+");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final Pattern ROOT = Pattern.compile("/?(?:(?:index|default|home)\\.\\w+)?", Pattern.CASE_INSENSITIVE);

    private HomePageLink() {}

    static boolean is(String href) {
        String address = href.trim();
        if (address.isEmpty() || address.startsWith("#")) {
            return false; // the page itself, or a place on it (an anchor's <a id="…"> has no address at all)
        }
        String path = QUERY_OR_FRAGMENT.matcher(SCHEME_AND_HOST.matcher(address).replaceFirst("")).replaceFirst("");
        return ROOT.matcher(path).matches();
    }
}
