package io.marsad.search.rest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleIndices;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Six articles indexed under the article index's template (libs/elasticsearch-support): two copies
 * of one Arabic story, English, French and sports items, with entities, tags, sources and dates the
 * search and monitor tests query.
 */
final class ArticleFixtures {

    private ArticleFixtures() {}

    private static boolean indexed;

    /** An article as enrichment writes it: the typed article, so its text is also under its language's fields. */
    static ArticleDocument article(String id, String language, String source, String site, String story, String published,
                                   String title, String body, List<String> entities, List<String> persons, List<String> keywords) {
        return ArticleDocument.builder().id(id).canonicalUrl("https://" + site + "/news/" + id).sourceName(source).site(site)
            .language(language).storyId(story).publishedAt(Instant.parse(published)).title(title).body(body)
            .entities(entities).persons(persons).keywords(keywords).tags(keywords).build();
    }

    /** Indexes the fixture articles once per test JVM (this module's tests own its node's article indices). */
    static synchronized void ensureIndexed(ElasticsearchClient client) throws Exception {
        if (indexed) {
            return;
        }
        List<String> existing = List.copyOf(client.indices().get(g -> g.index("articles-*").allowNoIndices(true)).indices().keySet());
        if (!existing.isEmpty()) {
            client.indices().delete(d -> d.index(existing)); // this test owns the module's node: start from nothing
        }
        ArticleIndices.ensureWriteIndex(client, 0, YearMonth.of(2026, 11));
        List<ArticleDocument> docs = List.of(
            article("a1", "ar", "Sky News Arabia", "skynewsarabia.com", "s1", "2026-11-20T08:00:00Z",
                "بوتين يستقبل كيم جونغ أون في قاعدة فوستوتشني",
                "استقبل الرئيس الروسي فلاديمير بوتين زعيم كوريا الشمالية كيم جونغ أون في أقصى شرق روسيا. وبحث الجانبان التعاون العسكري.",
                List.of("person:vladimir-putin", "person:kim-jong-un", "country:KP"), List.of("Vladimir Putin", "Kim Jong Un"), List.of("بوتين")),
            article("a2", "ar", "Al Arabiya", "alarabiya.net", "s1", "2026-11-20T10:00:00Z",
                "قمة روسية كورية في فوستوتشني",
                "استقبل الرئيس الروسي فلاديمير بوتين زعيم كوريا الشمالية كيم جونغ أون في أقصى شرق روسيا. وبحث الجانبان التعاون العسكري.",
                List.of("person:vladimir-putin", "person:kim-jong-un", "country:KP"), List.of("Vladimir Putin", "Kim Jong Un"), List.of()),
            article("a3", "en", "Reuters", "reuters.com", "s3", "2026-11-21T09:00:00Z",
                "Putin and Kim discuss missiles",
                "Russian President Vladimir Putin met North Korea's leader Kim Jong Un. Kim ordered a missile test the next day.",
                List.of("person:vladimir-putin", "person:kim-jong-un", "country:KP"), List.of("Vladimir Putin", "Kim Jong Un"), List.of("missiles")),
            article("a4", "en", "Sports Daily", "sports.example.org", "s4", "2026-11-22T09:00:00Z",
                "North Korea football team wins",
                "North Korea beat Russia two nil in a friendly. A great day for sport in Pyongyang.",
                List.of("country:KP", "country:RU"), List.of(), List.of("sport")),
            article("a5", "fr", "Le Monde", "lemonde.fr", "s5", "2026-11-23T09:00:00Z",
                "Nouvelles sanctions contre la Russie",
                "Les sanctions visent le secteur pétrolier. Moscou dénonce une décision hostile.",
                List.of("country:RU"), List.of(), List.of("sanctions")),
            article("a6", "en", "Reuters", "reuters.com", "s6", "2026-11-24T09:00:00Z",
                "Missile test reported",
                "A missile was launched at dawn, and officials said Kim watched it.",
                List.of("person:kim-jong-un"), List.of("Kim Jong Un"), List.of("missiles")),
            // markup in a page's text is text: highlights must come back escaped
            article("a7", "en", "Markup Weekly", "markup.example.org", "s7", "2026-11-25T09:00:00Z",
                "Zanzibarite & <b>bold</b> claims",
                "Zanzibarite <script>alert('x')</script> was found \"near\" the coast.",
                List.of(), List.of(), List.of()));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (ArticleDocument doc : docs) {
            bulk.operations(op -> op.index(i -> i.index(ArticleIndices.WRITE_ALIAS).id(doc.id()).document(doc)));
        }
        client.bulk(bulk.build());
        indexed = true;
    }

}
