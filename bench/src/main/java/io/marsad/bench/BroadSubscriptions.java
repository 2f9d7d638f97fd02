package io.marsad.bench;

import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The synthetic broad set of ../shared/reference/alert-matching.md, rebuilt: articles of about 410
 * tokens drawn from a Zipf-like vocabulary of 50,000 Latin and Arabic-script types, and stored
 * queries that are 40% AND of 2–4 terms (some with an OR group), 25% two-word phrases, 15% with
 * NOT, 10% trailing wildcards (a word of six letters or more less its last) and 10% single rare terms. Each query is
 * written twice: in Marsad's query language (for the service's matcher) and as a plain Lucene
 * query on one field (for the bare Monitor the reference measured).
 */
final class BroadSubscriptions {

    static final String FIELD = "body";

    /** A stored query both ways. */
    record Subscription(String kind, String marsad, Query bare) {}

    private final ZipfVocabulary vocabulary;
    private final Random random;

    BroadSubscriptions(long seed) {
        random = new Random(seed);
        vocabulary = new ZipfVocabulary(random);
    }

    List<ArticleDocument> articles(int count) {
        List<ArticleDocument> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String text = vocabulary.text(random, 380 + random.nextInt(60));
            String title = String.join(" ", List.of(text.split(" ")).subList(0, 8)).replace(".", "");
            articles.add(ArticleDocument.builder().id("broad-" + n).title(title).body(text).language("en").sourceName("Synthetic")
                .storyId("broad-" + n).entities(List.of()).keywords(List.of()).build());
        }
        return articles;
    }

    List<Subscription> subscriptions(int count) {
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            double kind = random.nextDouble();
            if (kind < 0.40) {
                subscriptions.add(conjunction());
            } else if (kind < 0.65) {
                String a = word(5, 1000);
                String b = word(5, 1000);
                subscriptions.add(new Subscription("phrase", "\"" + a + " " + b + "\"", new PhraseQuery(FIELD, a, b)));
            } else if (kind < 0.80) {
                String a = word(60, 10000);
                String b = word(60, 10000);
                String not = word(60, 10000);
                subscriptions.add(new Subscription("not", a + " AND " + b + " NOT " + not, new BooleanQuery.Builder()
                    .add(term(a), Occur.MUST).add(term(b), Occur.MUST).add(term(not), Occur.MUST_NOT).build()));
            } else if (kind < 0.90) {
                String word;
                do {
                    word = word(1000, 40000);
                } while (word.length() < 6);
                String prefix = word.substring(0, word.length() - 1);
                subscriptions.add(new Subscription("wildcard", prefix + "*", new PrefixQuery(new Term(FIELD, prefix))));
            } else {
                String rare = word(2000, ZipfVocabulary.TYPES - 1);
                subscriptions.add(new Subscription("rare", rare, term(rare)));
            }
        }
        return subscriptions;
    }

    private Subscription conjunction() {
        int terms = 2 + random.nextInt(3);
        List<String> marsad = new ArrayList<>();
        BooleanQuery.Builder bare = new BooleanQuery.Builder();
        for (int t = 0; t < terms; t++) {
            String a = word(60, 10000);
            if (t == terms - 1 && random.nextDouble() < 0.3) {
                String b = word(60, 10000);
                marsad.add("(" + a + " OR " + b + ")");
                bare.add(new BooleanQuery.Builder().add(term(a), Occur.SHOULD).add(term(b), Occur.SHOULD).build(), Occur.MUST);
            } else {
                marsad.add(a);
                bare.add(term(a), Occur.MUST);
            }
        }
        return new Subscription("and", String.join(" AND ", marsad), bare.build());
    }

    private static TermQuery term(String word) {
        return new TermQuery(new Term(FIELD, word));
    }

    private String word(int low, int high) {
        return vocabulary.word(vocabulary.logUniform(random, low, high));
    }
}
