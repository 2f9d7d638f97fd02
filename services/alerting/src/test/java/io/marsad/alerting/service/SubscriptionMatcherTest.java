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

        List<SubscriptionMatcher.Match> matches = matcher.match(arabic).found();
        assertEquals(List.of(1L), matches.stream().map(SubscriptionMatcher.Match::subscriptionId).toList());
        Explanation why = matches.get(0).explanation();
        assertEquals(List.of("بوتين", "كوريا الشماليّة"), why.terms(), "as the article spells them, first occurrence first");
        assertEquals("<mark>بوتين</mark> يستقبل كيم", why.title());
        assertEquals(2, why.passages().size(), "matches far apart make two passages");
        assertTrue(why.passages().get(0).contains("<mark>كوريا الشماليّة</mark>"), why.passages().toString());
        assertTrue(why.passages().get(1).startsWith("…") && why.passages().get(1).contains("<mark>بوتين</mark>"), why.passages().toString());
        assertEquals("rtl", why.direction());

        ArticleDocument english = article("b", "en", "Sanctions & <tariffs>", "The EU's sanctioning of oil exporters widened.");
        Explanation sanctions = matcher.match(english).found().get(0).explanation();
        assertEquals("<mark>Sanctions</mark> &amp; &lt;tariffs&gt;", sanctions.title(), "escaped for HTML, marks ours");
        assertEquals(List.of("Sanctions", "sanctioning"), sanctions.terms());
        assertEquals("ltr", sanctions.direction());
        assertTrue(matcher.match(article("c", "fr", "Sanctions", "")).found().isEmpty(), "the language filter holds");

        matcher.remove(List.of(1L));
        assertTrue(matcher.match(arabic).found().isEmpty());
        assertEquals(2, matcher.size());
    }

    @Test
    void aWildcardSubscriptionRunsOnlyForArticlesWithAWordThatStartsLikeIt() throws Exception {
        SubscriptionMatcher matcher = new SubscriptionMatcher();
        matcher.put(List.of(
            new SubscriptionMatcher.Stored(1, "sanction*", List.of(), List.of(), List.of()),
            new SubscriptionMatcher.Stored(2, "oil AND export*", List.of(), List.of(), List.of()),
            new SubscriptionMatcher.Stored(3, "تطبي*", List.of(), List.of(), List.of())));

        SubscriptionMatcher.Matches unrelated = matcher.match(article("a", "en", "Football", "The cup final ended in a draw."));
        assertEquals(0, unrelated.candidates(), "no word starts like a wildcard: none is run");
        SubscriptionMatcher.Matches near = matcher.match(article("b", "en", "Sanctuary", "A bird sanctuary opened."));
        assertTrue(near.candidates() > 0, "a word starting sanc… makes sanction* a candidate");
        assertTrue(near.found().isEmpty(), "and the query itself decides: sanctuary is not sanction…");
        assertEquals(List.of(1L, 2L), matcher.match(article("c", "en", "Sanctions", "Oil exporters face sanctions.")).found().stream()
            .map(SubscriptionMatcher.Match::subscriptionId).sorted().toList());
        assertEquals(List.of(1L), matcher.match(article("d", "en", "San", "The sanction was lifted.")).found().stream()
            .map(SubscriptionMatcher.Match::subscriptionId).toList(), "a word of exactly the prefix's length or longer");
        assertEquals(List.of(3L), matcher.match(article("e", "ar", "التطبيع", "تحدثوا عن تطبيع العلاقات.")).found().stream()
            .map(SubscriptionMatcher.Match::subscriptionId).toList(), "Arabic prefixes too");
    }

    @Test
    void aChangedSubscriptionMatchesAsChangedAndARemovedOneNotAtAll() throws Exception {
        try (SubscriptionMatcher matcher = new SubscriptionMatcher()) {
            for (int batch = 0; batch < 6; batch++) { // several segments, merged as they come
                List<SubscriptionMatcher.Stored> stored = new java.util.ArrayList<>();
                for (int id = batch * 50 + 1; id <= batch * 50 + 50; id++) {
                    stored.add(new SubscriptionMatcher.Stored(id, "marker" + id, List.of(), List.of(), List.of()));
                }
                matcher.put(stored);
            }
            ArticleDocument article = article("a", "en", "Markers", "marker7 marker60 marker150 and the harbour.");
            assertEquals(List.of(7L, 60L, 150L), ids(matcher.match(article)));

            List<SubscriptionMatcher.Stored> changed = new java.util.ArrayList<>();
            for (long id = 1; id <= 50; id++) {
                changed.add(new SubscriptionMatcher.Stored(id, "harbour", List.of(), List.of(), List.of()));
            }
            matcher.put(changed);
            matcher.remove(java.util.stream.LongStream.rangeClosed(51, 100).boxed().toList());

            List<Long> expected = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
            expected.add(150L);
            assertEquals(expected, ids(matcher.match(article)), "marker7 is now harbour, marker60 is gone");
            assertEquals(250, matcher.size());
        }
    }

    @Test
    void matchingGoesOnWhileSubscriptionsChange() throws Exception {
        try (SubscriptionMatcher matcher = new SubscriptionMatcher()) {
            matcher.put(List.of(new SubscriptionMatcher.Stored(1, "harbour", List.of(), List.of(), List.of())));
            ArticleDocument article = article("a", "en", "Harbour", "The harbour reopened, marker1 said.");
            java.util.concurrent.atomic.AtomicBoolean changing = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<Integer> matching = threads.submit(() -> {
                    int rounds = 0;
                    while (changing.get() || rounds < 10) {
                        List<Long> found = ids(matcher.match(article));
                        assertTrue(found.contains(1L), "a subscription nobody changed is matched throughout: " + found);
                        assertTrue(found.stream().allMatch(id -> id == 1L || (id >= 1_000 && id < 1_200)), found.toString());
                        rounds++;
                    }
                    return rounds;
                });
                threads.submit(() -> {
                    try {
                        for (int round = 0; round < 20; round++) {
                            List<SubscriptionMatcher.Stored> batch = new java.util.ArrayList<>();
                            for (int id = 1_000; id < 1_200; id++) {
                                batch.add(new SubscriptionMatcher.Stored(id, round % 2 == 0 ? "marker1" : "absent" + id, List.of(), List.of(), List.of()));
                            }
                            matcher.put(batch);
                            if (round % 5 == 4) {
                                matcher.remove(java.util.stream.LongStream.range(1_000, 1_100).boxed().toList());
                            }
                        }
                    } finally {
                        changing.set(false);
                    }
                    return null;
                }).get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertTrue(matching.get(2, java.util.concurrent.TimeUnit.MINUTES) >= 10);
            } finally {
                threads.shutdownNow();
            }
            // the last round stored "absent…" queries, then removed half of them: only the unchanged subscription matches
            assertEquals(List.of(1L), ids(matcher.match(article)));
            assertEquals(101, matcher.size());
        }
    }

    private static List<Long> ids(SubscriptionMatcher.Matches matches) {
        return matches.found().stream().map(SubscriptionMatcher.Match::subscriptionId).sorted().toList();
    }
}
