package io.marsad.dashboard.service;

import io.marsad.dashboard.client.ArticleView;
import io.marsad.dashboard.client.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticlePageTest {

    static Mention mention(String text, String surface, String id) {
        int start = text.indexOf(surface);
        return new Mention(id, "person", surface, start, start + surface.length());
    }

    @Test
    void mentionsBecomeLinksToTheirEntitiesAndTheTextIsEscaped() {
        String text = "Vladimir Putin met Kim Jong Un & <b>smiled</b>.";
        assertEquals("<a class=\"entity\" href=\"/entities/person:vladimir-putin\">Vladimir Putin</a> met "
                + "<a class=\"entity\" href=\"/entities/person:kim-jong-un\">Kim Jong Un</a> &amp; &lt;b&gt;smiled&lt;/b&gt;.",
            ArticlePage.marked(text, 0, text.length(), List.of(mention(text, "Vladimir Putin", "person:vladimir-putin"),
                mention(text, "Kim Jong Un", "person:kim-jong-un"))));
        String arabic = "استقبل بوتين الزعيم";
        assertEquals("استقبل <a class=\"entity\" href=\"/entities/person:vladimir-putin\">بوتين</a> الزعيم",
            ArticlePage.marked(arabic, 0, arabic.length(), List.of(mention(arabic, "بوتين", "person:vladimir-putin"))));
        assertEquals("no names here", ArticlePage.marked("no names here", 0, 13, List.of()));
    }

    @Test
    void paragraphsKeepTheirMentionsAndMentionsAcrossOrOutsideAParagraphAreLeftOut() {
        String body = "  First: Putin spoke.\n\nSecond: Biden\nanswered.\n";
        int putin = body.indexOf("Putin");
        int biden = body.indexOf("Biden");
        List<Mention> mentions = List.of(new Mention("person:vladimir-putin", "person", "Vladimir Putin", putin, putin + 5),
            new Mention("person:joe-biden", "person", "Joe Biden", biden, body.indexOf("answered") + 8)); // across a line break
        ArticleView article = new ArticleView("a1", "s1", "Title", body, "https://example.org/a1", "Example", "en", List.of(), null,
            List.of("Vladimir Putin"), List.of(), List.of("Moscow & Co"), List.of(), List.of());
        ArticlePage page = ArticlePage.of(article, mentions, Locale.ENGLISH, java.time.ZoneId.of("UTC"));
        assertEquals(List.of("First: <a class=\"entity\" href=\"/entities/person:vladimir-putin\">Putin</a> spoke.", "Second: Biden",
            "answered."), page.paragraphs());
        assertEquals("ltr", page.dir());
        assertEquals(List.of("facet_persons", "facet_locations"), page.named().stream().map(ArticlePage.Named::label).toList());
        assertEquals("/entities/named?type=location&name=Moscow+%26+Co", page.named().get(1).names().get(0).href());
    }

    @Test
    void entityPagesHaveReadableAddresses() {
        assertEquals("/entities/person:vladimir-putin", EntityPage.href("person:vladimir-putin"));
        assertEquals("/entities/org:a%2Fb%20c", EntityPage.href("org:a/b c"));
    }
}
