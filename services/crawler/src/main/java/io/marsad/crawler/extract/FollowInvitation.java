package io.marsad.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A short paragraph that links to the site's own channels or to the networks' share buttons: "follow
 * us on Telegram", "download our app for iOS and Android", "share this article". Pages end articles
 * with these in every language; the links give them away whatever the wording. A link to a post or
 * a video (a path below the profile) is a source the article cites, not an invitation.
 */
final class FollowInvitation {

    /** Longer than this, a paragraph is text that happens to link to a profile. */
    static final int MAX_LENGTH = 300;
    private static final Set<String> APP_STORES = Set.of("apps.apple.com", "itunes.apple.com", "play.google.com", "appgallery.huawei.com");
    /** Networks whose profile, page or channel addresses have one path segment ({@code t.me/name}, {@code facebook.com/name}). */
    private static final Set<String> NETWORKS = Set.of("facebook.com", "twitter.com", "x.com", "instagram.com", "t.me", "telegram.me",
        "youtube.com", "tiktok.com", "linkedin.com", "threads.net", "pinterest.com", "wa.me", "whatsapp.com", "vk.com", "bsky.app", "api.whatsapp.com",
        "news.google.com");
    /** One-segment addresses of those networks that show a post or a search (twitter.com/search?q=%23tag), not a profile. */
    private static final Set<String> POSTS = Set.of("watch", "shorts", "photo.php", "story.php", "permalink.php", "video.php", "search", "results",
        "hashtag", "explore");

    /** The networks' addresses that share the page the reader is on. */
    private static final Pattern SHARE_PATH = Pattern.compile("/(?:intent/|share|sharer|sharing/|send\\b|pin/create)", Pattern.CASE_INSENSITIVE);

    /** Every host {@link #pointsToAChannel} may say yes to. */
    private static final List<String> HOSTS = Stream.of(APP_STORES, NETWORKS, Set.of("google.com")).flatMap(Set::stream).toList();
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\n\\r]");

    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private FollowInvitation() {}

    static boolean is(Element block, String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        Boolean pageOnANetwork = null; // a relative address stays on the page's host: resolving it is only worth it there
        for (Element link : block.select(LINKS)) {
            if (isRelative(link.attr("href"))) {
                pageOnANetwork = pageOnANetwork != null ? pageOnANetwork : onANetwork(link.baseUri());
                if (!pageOnANetwork) {
                    continue;
                }
            } else if (!mayNameAHostOfOurs(link.attr("href"))) {
                continue; // resolving an address cost more than the rest of the test: one naming none of the hosts is passed by
            }
            String absolute = link.absUrl("href");
            if (pointsToAChannel(absolute.isEmpty() ? link.attr("href") : absolute)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address, as written, may be on one of the hosts {@link #pointsToAChannel} knows: its host is in it. */
    private static boolean mayNameAHostOfOurs(String href) {
        String address = href.toLowerCase(Locale.ROOT);
        if (address.indexOf('\n') >= 0 || address.indexOf('\r') >= 0 || address.indexOf('\t') >= 0) {
            address = LINE_BREAKS_AND_TABS.matcher(address).replaceAll(""); // as resolving drops them
        }
        for (String host : HOSTS) {
            if (address.contains(host)) {
                return true;
            }
        }
        return false;
    }

    /** An address with no scheme and no host of its own ("/about", "page.html", "#top"). */
    private static boolean isRelative(String href) {
        String address = href.strip();
        if (address.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return i == 0;
            }
            boolean schemeChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-');
            if (!schemeChar) {
                return true;
            }
        }
        return true;
    }

    /** Whether an address is on a host whose pages {@link #pointsToAChannel} may name: a network's, an app store's, Google's. */
    private static boolean onANetwork(String url) {
        URI uri = parsed(url);
        if (uri == null || uri.getHost() == null) {
            return false;
        }
        String host = host(uri);
        return APP_STORES.contains(host) || NETWORKS.contains(host) || host.equals("google.com");
    }

    private static URI parsed(String href) {
        try {
            return new URI(href.trim());
        } catch (Exception e) {
            return null;
        }
    }

    /** The address's host, lower-cased, without "www." or "m.". */
    private static String host(URI uri) {
        return SiteNames.site(uri.getHost().toLowerCase(Locale.ROOT));
    }

    static boolean pointsToAChannel(String href) {
        URI uri = parsed(href);
        if (uri == null || uri.getHost() == null) {
            return false;
        }
        String host = host(uri);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (APP_STORES.contains(host) || host.equals("google.com") && path.startsWith("/preferences/source")) {
            return true; // an app, or Google's "add us as a preferred source" (2025)
        }
        if (!NETWORKS.contains(host)) {
            return false;
        }
        if (SHARE_PATH.matcher(path).lookingAt()) {
            return true; // a share button's address (facebook.com/sharer.php, twitter.com/intent/tweet, t.me/share/url)
        }
        int segments = 0;
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments++;
                if (POSTS.contains(segment.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        // youtube.com/@name and youtube.com/channel/ID, whatsapp.com/channel/ID, news.google.com/publications/ID: a channel
        // under a second segment
        return segments <= 1 || segments == 2 && (path.startsWith("/channel/") || path.startsWith("/c/") || path.startsWith("/company/")
            || path.startsWith("/publications/"));
    }
}
