package io.marsad.bench;

import io.marsad.support.elasticsearch.ArticleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Selective subscriptions, as analysts write them: about named people, places and organisations —
 * a name, a name with a context word, one of two names, a surname near a word, a name stem with
 * wildcard and another name — a third of them limited to a language. Articles are Zipf text (see
 * {@link ZipfVocabulary}) that mentions four to eight of 20,000 names, popular names far more often
 * than others (Zipf again); subscriptions pick their names evenly, so an article matches the
 * subscriptions of the names it mentions: few, as with real monitoring. The names are two rare
 * words, capitalised in Latin script.
 */
final class SelectiveSubscriptions {

    private static final int NAMES = 20_000;

    private final ZipfVocabulary vocabulary;
    private final String[][] names = new String[NAMES][];
    private final double[] popularity = new double[NAMES];
    private final Random random;

    SelectiveSubscriptions(long seed) {
        random = new Random(seed);
        vocabulary = new ZipfVocabulary(random);
        double sum = 0;
        for (int i = 0; i < NAMES; i++) {
            names[i] = new String[] {capitalised(rare()), capitalised(rare())};
            sum += 1.0 / (i + 1);
            popularity[i] = sum;
        }
        for (int i = 0; i < NAMES; i++) {
            popularity[i] /= sum;
        }
    }

    List<ArticleDocument> articles(int count) {
        List<ArticleDocument> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<String> tokens = new ArrayList<>(List.of(vocabulary.text(random, 380 + random.nextInt(60)).split(" ")));
            int mentions = 4 + random.nextInt(5);
            String first = null;
            for (int m = 0; m < mentions; m++) {
                String[] name = names[popularName()];
                first = first == null ? name[0] + " " + name[1] : first;
                tokens.add(random.nextInt(tokens.size()), name[0] + " " + name[1]);
            }
            String language = random.nextDouble() < 0.7 ? "en" : "ar";
            articles.add(ArticleDocument.builder().id("selective-" + n).language(language)
                .title(first + " " + String.join(" ", tokens.subList(0, 6)).replace(".", "")).body(String.join(" ", tokens))
                .sourceName("Synthetic").storyId("selective-" + n).entities(List.of()).keywords(List.of()).build());
        }
        return articles;
    }

    /** A subscription's query and language filter (empty for every language). */
    record Subscription(String query, List<String> languages) {}

    List<Subscription> subscriptions(int count) {
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String[] name = names[random.nextInt(NAMES)];
            String phrase = "\"" + name[0] + " " + name[1] + "\"";
            double kind = random.nextDouble();
            String query;
            if (kind < 0.40) {
                query = phrase;
            } else if (kind < 0.65) {
                query = phrase + " AND " + context();
            } else if (kind < 0.80) {
                String[] other = names[random.nextInt(NAMES)];
                query = phrase + " OR \"" + other[0] + " " + other[1] + "\"";
            } else if (kind < 0.90) {
                query = name[1] + " NEAR/5 " + context();
            } else {
                String[] other = names[random.nextInt(NAMES)];
                String stem = name[1].length() >= 5 ? name[1].substring(0, name[1].length() - 1) : name[1];
                query = stem + "* AND \"" + other[0] + " " + other[1] + "\"";
            }
            subscriptions.add(new Subscription(query, random.nextDouble() < 0.3 ? List.of(random.nextBoolean() ? "en" : "ar") : List.of()));
        }
        return subscriptions;
    }

    private int popularName() {
        int at = java.util.Arrays.binarySearch(popularity, random.nextDouble());
        return Math.min(NAMES - 1, at < 0 ? -at - 1 : at);
    }

    private String rare() {
        return vocabulary.word(vocabulary.logUniform(random, 5_000, ZipfVocabulary.TYPES - 1));
    }

    /** A word of the kind that gives a name its context: common, but not among the commonest. */
    private String context() {
        return vocabulary.word(vocabulary.logUniform(random, 50, 2_000));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
