package io.marsad.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page shows browsers without JavaScript: some themes render the post with a script and print it a second time in
 * {@code <noscript>} for the others (Blogger's theme of Google's blogs keeps the post in a {@code <script
 * type="text/template">} and again in a {@code <noscript>} beside it, and its markup holds no other copy). Furniture
 * removal takes every {@code <noscript>} (most hold a tracking pixel, a lazy picture or "enable JavaScript"), so this is
 * read only when the markup yields no plausible body.
 */
final class NoscriptContent {

    private NoscriptContent() {}

    /** Whether the page's {@code <noscript>} elements hold at least {@code characters} characters of text between them. */
    static boolean holdsText(Document document, int characters) {
        int total = 0;
        for (Element noscript : document.body().getElementsByTag("noscript")) {
            total += noscript.text().length();
            if (total >= characters) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of the page's body with each {@code <noscript>} replaced by what it holds, as a browser without scripts shows
     * it: the body alone is copied, as a markup pass reads nothing else.
     */
    static Element shownBody(Document document) {
        Element copy = document.body().clone();
        copy.getElementsByTag("noscript").unwrap();
        return copy;
    }
}
