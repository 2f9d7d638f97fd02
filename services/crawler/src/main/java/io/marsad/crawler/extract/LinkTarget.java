package io.marsad.crawler.extract;

/** Where a link's address leads: the page, without the place on it the address scrolls to. */
final class LinkTarget {

    private LinkTarget() {}

    /** The page an address leads to, without its fragment; empty for a script's address ("javascript:…"), which leads nowhere. */
    static String pageOf(String address) {
        int fragment = address.indexOf('#');
        String page = fragment < 0 ? address : address.substring(0, fragment);
        return page.startsWith("javascript:") ? "" : page;
    }
}
