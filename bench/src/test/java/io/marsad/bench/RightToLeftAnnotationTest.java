package io.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The right-to-left annotation stays usable: every page fetchable at a pinned commit, checkable, and its selectors valid. */
class RightToLeftAnnotationTest {

    @Test
    void everyPageNamesItsOriginItsHashAndValidSelectors() throws IOException {
        JsonNode pages;
        try (InputStream in = RightToLeftAnnotationTest.class.getResourceAsStream(SelectorAnnotatedPages.RESOURCE)) {
            pages = new ObjectMapper().readTree(in).path("pages");
        }
        assertTrue(pages.size() >= 13, "pages: " + pages.size());
        Set<String> files = new HashSet<>();
        for (JsonNode page : pages) {
            String file = page.path("file").asText();
            assertTrue(files.add(file), "named twice: " + file);
            // bench/scripts/right-to-left-pages.sh reads "owner/name@<40 hex> path"
            assertTrue(page.path("origin").asText().matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40} \\S.*"), file + ": " + page.path("origin"));
            assertTrue(page.path("sha256").asText().matches("[0-9a-f]{64}"), file);
            assertTrue(page.path("language").asText().matches("ar|fa|ur|he"), file);
            assertFalse(page.path("body").isEmpty(), file + " selects no body");
            for (String field : new String[] {"body", "exclude", "junk"}) {
                for (JsonNode selector : page.path(field)) {
                    QueryParser.parse(selector.asText()); // throws on a selector jsoup cannot parse
                }
            }
        }
    }
}
