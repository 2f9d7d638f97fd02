package io.marsad.alerting.service;

import io.marsad.support.elasticsearch.ArticleDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Monitor with its stored subscriptions and the explanations it yields, without a database. */
class SubscriptionMatcherTest {

    static ArticleDocument article(String id, String language, String title, String body) {
        return ArticleDocument.builder().id(id).language(language).title(title).body(body).sourceName("Example").storyId(id).build();
    }

    @Test
    void matchesStoredQueriesAndSaysWhereInReadingOrder() throws Exception {
        SubscriptionMatcher matcher = new SubscriptionMatcher();
        matcher.put(List.of(
            new SubscriptionMatcher.Stored(1, "بُوتِين AND \"كوريا الشمالية\"", List.of(), List.of(), List.of()),
            new SubscriptionMatcher.Stored(2, "sanction*", List.of("en"), List.of(), List.of()),
            new SubscriptionMatcher.Stored(3, "Putin", List.of(), List.of("Other source"), List.of())));
        ArticleDocument arabic = article("a", "ar", "بوتين يستقبل كيم",
            "قال الرئيس بوتين إن التعاون مع كوريا الشماليّة سيتوسع. " + "ثم ".repeat(60) + "وأكد بوتين ذلك مجددا.");

        List<SubscriptionMatcher.Match> matches = matcher.match(arabic);
        assertEquals(List.of(1L), matches.stream().map(SubscriptionMatcher.Match::subscriptionId).toList());
        Explanation why = matches.get(0).explanation();
        assertEquals(List.of("بوتين", "كوريا الشماليّة"), why.terms(), "as the article spells them, first occurrence first");
        assertEquals("<mark>بوتين</mark> يستقبل كيم", why.title());
        assertEquals(2, why.passages().size(), "matches far apart make two passages");
        assertTrue(why.passages().get(0).contains("<mark>كوريا الشماليّة</mark>"), why.passages().toString());
        assertTrue(why.passages().get(1).startsWith("…") && why.passages().get(1).contains("<mark>بوتين</mark>"), why.passages().toString());
        assertEquals("rtl", why.direction());

        ArticleDocument english = article("b", "en", "Sanctions & <tariffs>", "The EU's sanctioning of oil exporters widened.");
        Explanation sanctions = matcher.match(english).get(0).explanation();
        assertEquals("<mark>Sanctions</mark> &amp; &lt;tariffs&gt;", sanctions.title(), "escaped for HTML, marks ours");
        assertEquals(List.of("Sanctions", "sanctioning"), sanctions.terms());
        assertEquals("ltr", sanctions.direction());
        assertTrue(matcher.match(article("c", "fr", "Sanctions", "")).isEmpty(), "the language filter holds");

        matcher.remove(List.of(1L));
        assertTrue(matcher.match(arabic).isEmpty());
        assertEquals(2, matcher.size());
    }
}
