package io.marsad.local.demo;

import java.time.Instant;
import java.util.List;

/**
 * One article of the demo newsroom: where it appears, what it says, when it is published, and the
 * story it tells ({@code story} is shared by an article and its syndicated copies).
 */
record DemoArticle(DemoOutlet outlet, String slug, String title, List<String> paragraphs, String section, List<String> tags,
                   Instant publishedAt, String story) {

    /** The article's path on the demo site: {@code /{outlet}/{yyyy}/{mm}/{dd}/{slug}}. */
    String path() {
        String day = publishedAt.toString().substring(0, 10).replace('-', '/');
        return "/" + outlet.slug() + "/" + day + "/" + slug;
    }
}
