package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomePageLinkTest {

    @Test
    void theRootAndItsIndexPageAreTheHomePage() {
        for (String href : new String[] {"/", "index.html", "default.asp", " /Home.aspx ", "https://example.com", "https://example.com/?ref=logo",
            "//example.com/"}) {
            assertTrue(HomePageLink.is(href), href);
        }
    }

    @Test
    void thePageItselfAPlaceOnItAndOtherPagesAreNot() {
        for (String href : new String[] {"", "  ", "#top", "/news", "newscategory.asp", "https://example.com/2024/story", "/index/archive"}) {
            assertFalse(HomePageLink.is(href), href);
        }
    }
}
