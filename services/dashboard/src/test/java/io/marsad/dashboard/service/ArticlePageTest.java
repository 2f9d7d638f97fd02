package io.marsad.dashboard.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticlePageTest {

    @Test
    void namesAreMarkedWhereTheyOccurLongestFirstAndTheTextIsEscaped() {
        assertEquals("<mark class=\"entity\">Vladimir Putin</mark> met <mark class=\"entity\">Kim Jong Un</mark> &amp; "
                + "<mark class=\"entity\">Putin</mark> &lt;b&gt;smiled&lt;/b&gt;.",
            ArticlePage.marked("Vladimir Putin met Kim Jong Un & Putin <b>smiled</b>.", List.of("Vladimir Putin", "Kim Jong Un", "Putin")));
        assertEquals("استقبل <mark class=\"entity\">بوتين</mark> الزعيم", ArticlePage.marked("استقبل بوتين الزعيم", List.of("بوتين")));
        assertEquals("no names here", ArticlePage.marked("no names here", List.of("Putin")));
    }
}
