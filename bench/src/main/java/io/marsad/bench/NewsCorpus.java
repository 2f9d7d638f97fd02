package io.marsad.bench;

import io.marsad.support.elasticsearch.ArticleDocument;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated news archive with the statistics of real news (docs/query-language.md#latency): each
 * article is a pure function of its number, so the corpus is the same on every run and can be made
 * in parallel.
 * <ul>
 * <li>Words: per language (Arabic, English, French, Russian), a vocabulary of 200,000 types ranked
 * by frequency — the language's function words (Lucene's stop lists) first, then the words of the
 * project's real news sentences (the entity evaluation sets) by how often they occur there, then
 * made-up words with the letter sequences of those ({@link LetterModel}) — drawn with the
 * Zipf–Mandelbrot law of news text, so sentences hardly ever repeat.</li>
 * <li>Names: the knowledge base's 1,850 people, organisations and places in the article's language,
 * a few per article, drawn by prominence (each table's order, tables interleaved) with a
 * Zipf–Mandelbrot law: the most named (the United States, Putin) in about one article in sixteen,
 * most entities rarely.</li>
 * <li>Syndication: about one article in seven is a copy of one of the hundred before it, with one
 * sentence changed, from another source, in the same story.</li>
 * </ul>
 * Unlike real news it has no grammar and no topics (words do not cluster by subject), so a
 * phrase of two common words is rarer than in real text and an AND of two topical words is less
 * likely to match.
 */
final class NewsCorpus {

    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru");
    static final int SOURCES = 300;
    private static final int TYPES = 200_000;
    private static final Path ENTITY_TABLES = Path.of("services/enrichment/src/main/resources/entities");

    private final Map<String, Vocabulary> vocabularies = new HashMap<>();
    private final List<Entity> entities;
    private final double[] entityCumulative;

    NewsCorpus(Path root) throws Exception {
        Map<String, List<String>> sentences = BenchCorpus.sentences(root, true);
        for (String language : LANGUAGES) {
            vocabularies.put(language, new Vocabulary(language, stopWords(language), sentences.get(language)));
        }
        entities = entities(root.resolve(ENTITY_TABLES));
        entityCumulative = zipfMandelbrot(entities.size(), 10.0);
    }

    /** A person, organisation or place, its English display name and its spellings per language. */
    record Entity(String id, String kind, String name, Map<String, List<String>> spellings) {}

    /** The language of a source: each source writes in one. */
    static String languageOf(int source) {
        return LANGUAGES.get(source % LANGUAGES.size());
    }

    /** Article {@code n}, published at {@code published}. */
    ArticleDocument article(int n, Instant published) {
        Random random = new Random(n * 0x9E3779B97F4A7C15L);
        String id = String.format("%032x", n);
        boolean copy = n > 100 && random.nextInt(7) == 0;
        Written written = copy ? copyOf(n - 1 - random.nextInt(100), random) : write(n, random);
        int source = copy ? sourceFor(written.language, random) : sourceOf(n);
        List<String> mentioned = written.entities.stream().map(Entity::id).toList();
        return ArticleDocument.builder().id(id)
            .canonicalUrl("https://source" + source + ".example.org/news/" + id)
            .sourceName("Source " + source)
            .site("source" + source + ".example.org")
            .language(written.language)
            .script(switch (written.language) {
                case "ar" -> "Arab";
                case "ru" -> "Cyrl";
                default -> "Latn";
            })
            .title(written.title)
            .body(written.body)
            .publishedAt(published)
            .indexedAt(published.plusSeconds(60))
            .entities(mentioned)
            .persons(names(written.entities, "person"))
            .organizations(names(written.entities, "organization"))
            .locations(names(written.entities, "location"))
            .keywords(List.of(written.keyword))
            .tags(List.of(written.keyword))
            .storyId(written.story)
            .build();
    }

    /**
     * Article {@code n} as the crawler hands it to enrichment (text, source, times and the page's
     * language; no entities, keywords or story, which enrichment finds), under a fresh id so that
     * runs against one node never update each other's articles.
     */
    Map<String, Object> crawled(int n, Instant published) {
        ArticleDocument article = article(n, published);
        String id = java.util.UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> crawled = new LinkedHashMap<>();
        crawled.put("id", id);
        crawled.put("url", article.canonicalUrl() + "-" + id);
        crawled.put("canonicalUrl", article.canonicalUrl() + "-" + id);
        crawled.put("sourceId", 1 + Integer.parseInt(article.sourceName().substring("Source ".length())));
        crawled.put("sourceName", article.sourceName());
        crawled.put("title", article.title());
        crawled.put("body", article.body());
        crawled.put("authors", List.of());
        crawled.put("tags", List.of());
        crawled.put("language", article.language());
        crawled.put("publishedAt", published.toString());
        crawled.put("fetchedAt", published.plusSeconds(300).toString());
        return crawled;
    }

    private record Written(String language, String title, String body, List<Entity> entities, String keyword, String story) {}

    private Written write(int n, Random random) {
        String language = languageOf(sourceOf(n));
        Vocabulary words = vocabularies.get(language);
        List<Entity> named = new ArrayList<>();
        int count = 2 + random.nextInt(5);
        for (int attempt = 0; named.size() < count && attempt < 20; attempt++) {
            Entity entity = entities.get(draw(entityCumulative, random));
            if (!named.contains(entity)) {
                named.add(entity);
            }
        }
        StringBuilder title = new StringBuilder(words.sentence(random, 6 + random.nextInt(7), spelling(named.get(0), language, random)));
        StringBuilder body = new StringBuilder();
        int sentences = 10 + random.nextInt(11);
        for (int s = 0; s < sentences; s++) {
            // about one sentence in three names someone or something: every entity of the article at least once
            String name = s < named.size() ? spelling(named.get(s), language, random)
                : random.nextInt(3) == 0 ? spelling(named.get(random.nextInt(named.size())), language, random) : null;
            body.append(words.sentence(random, 10 + random.nextInt(21), name)).append(s % 4 == 3 ? "\n\n" : " ");
        }
        String keyword = "topic" + draw(TOPICS, random);
        return new Written(language, title.toString(), body.toString().strip(), named, keyword, String.format("%032x", n));
    }

    /** A syndicated copy of article {@code original}: one sentence rewritten, in the original's story. */
    private Written copyOf(int original, Random random) {
        Random originalRandom = new Random(original * 0x9E3779B97F4A7C15L);
        boolean originalIsCopy = original > 100 && originalRandom.nextInt(7) == 0;
        Written source = originalIsCopy ? copyOf(original - 1 - originalRandom.nextInt(100), originalRandom) : write(original, originalRandom);
        String[] sentences = source.body.split("(?<=\\.) ");
        int changed = random.nextInt(sentences.length);
        sentences[changed] = vocabularies.get(source.language).sentence(random, 10 + random.nextInt(21), null);
        return new Written(source.language, source.title, String.join(" ", sentences), source.entities, source.keyword, source.story);
    }

    private static final double[] TOPICS = zipfMandelbrot(500, 2.7);

    /** Sources are of unequal size too: a few agencies publish most of the articles. */
    private static final double[] SOURCE_WEIGHTS = zipfMandelbrot(SOURCES, 10.0);

    private static int sourceOf(int n) {
        return draw(SOURCE_WEIGHTS, new Random(n * 31L + 7));
    }

    private static int sourceFor(String language, Random random) {
        int source;
        do {
            source = draw(SOURCE_WEIGHTS, random);
        } while (!languageOf(source).equals(language));
        return source;
    }

    private static String spelling(Entity entity, String language, Random random) {
        List<String> spellings = entity.spellings().getOrDefault(language, List.of());
        if (spellings.isEmpty()) {
            spellings = entity.spellings().get("en");
        }
        // the full name more often than the short forms
        return random.nextInt(2) == 0 ? spellings.get(0) : spellings.get(random.nextInt(spellings.size()));
    }

    private static List<String> names(List<Entity> named, String kind) {
        return named.stream().filter(e -> e.kind().equals(kind)).map(Entity::name).distinct().toList();
    }

    /** Cumulative probabilities of ranks 0..size-1 under p(r) ∝ 1 / (r + 1 + shift). */
    static double[] zipfMandelbrot(int size, double shift) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / (r + 1 + shift);
            cumulative[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    static int draw(double[] cumulative, Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
    }

    private static CharArraySet stopWords(String language) {
        return switch (language) {
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            default -> throw new IllegalArgumentException(language);
        };
    }

    /** The knowledge base's tables in their reading order, an id read again adding spellings; prominence interleaves the tables. */
    private static List<Entity> entities(Path tables) throws IOException {
        List<String> order = Files.readAllLines(tables.resolve("index.txt"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Map<String, Entity> byId = new LinkedHashMap<>();
        List<List<String>> idsByTable = new ArrayList<>();
        for (String table : order) {
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(tables.resolve(table), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, List<String>> spellings = new HashMap<>();
                String[] columns = {"en", "ar", "fr", "ru"};
                for (int c = 0; c < columns.length && c + 2 < cells.length; c++) {
                    List<String> names = Arrays.stream(cells[c + 2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    if (!names.isEmpty()) {
                        spellings.put(columns[c], names);
                    }
                }
                if (!spellings.containsKey("en")) {
                    continue;
                }
                Entity known = byId.get(cells[0]);
                if (known != null) {
                    spellings.forEach((language, names) -> known.spellings().merge(language, names, (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        b.stream().filter(name -> !all.contains(name)).forEach(all::add);
                        return all;
                    }));
                } else {
                    byId.put(cells[0], new Entity(cells[0], cells[1], spellings.get("en").get(0), new HashMap<>(spellings)));
                    ids.add(cells[0]);
                }
            }
            idsByTable.add(ids);
        }
        // Countries, people, organisations, armed groups and companies are listed roughly by how much
        // news names them: interleaved, they make the head. Places follow, the alphabetical CLDR cities last.
        List<Entity> ranked = new ArrayList<>();
        List<List<String>> prominent = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int t = 0; t < order.size(); t++) {
            if (order.get(t).contains("places")) {
                rest.addAll(order.get(t).startsWith("cldr") ? List.of() : idsByTable.get(t));
            } else {
                prominent.add(idsByTable.get(t));
            }
        }
        for (int t = 0; t < order.size(); t++) {
            if (order.get(t).startsWith("cldr")) {
                rest.addAll(idsByTable.get(t));
            }
        }
        for (int i = 0; prominent.stream().anyMatch(ids -> !ids.isEmpty()); i++) {
            for (List<String> ids : prominent) {
                if (!ids.isEmpty()) {
                    ranked.add(byId.get(ids.remove(0)));
                }
            }
        }
        rest.forEach(id -> ranked.add(byId.get(id)));
        return ranked;
    }

    /** A made-up name part in the script of one of {@link #LANGUAGES}: random syllables. */
    static String madeUpWord(String language, Random random) {
        return Vocabulary.generated(language, random);
    }

    /** A language's words ranked by frequency, drawn with the Zipf–Mandelbrot law. */
    private static final class Vocabulary {

        private static final String LATIN = "bcdfghjklmnprstvz";
        private static final String VOWELS = "aeiou";
        private static final String CYRILLIC = "бвгдзклмнпрстфхцчшщ";
        private static final String CYRILLIC_VOWELS = "аеиоуыяю";
        private static final String ARABIC = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

        private final String[] words = new String[TYPES];
        private final double[] cumulative = zipfMandelbrot(TYPES, 2.7);

        Vocabulary(String language, CharArraySet stopWords, List<String> sentences) {
            Set<String> seen = new HashSet<>();
            List<String> ranked = new ArrayList<>();
            stopWords.forEach(word -> {
                String stop = new String((char[]) word);
                if (seen.add(stop)) {
                    ranked.add(stop);
                }
            });
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String sentence : sentences) {
                for (String token : sentence.split("[\\s\\p{Punct}«»،؛“”\"]+")) {
                    if (!token.isBlank() && !token.chars().allMatch(Character::isDigit)) {
                        counts.merge(language.equals("en") || language.equals("fr") ? token.toLowerCase(java.util.Locale.ROOT) : token, 1, Integer::sum);
                    }
                }
            }
            List<String> sampled = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).filter(word -> !seen.contains(word)).toList();
            // The sample is a few dozen articles on a few stories: its words keep their order but are
            // spread over the ranks (the i-th at about i^1.5 after the function words), so that a
            // topical word of the sample is not as common as "said".
            int functionWords = ranked.size();
            LetterModel letters = new LetterModel(counts.keySet());
            Random random = new Random(language.hashCode());
            int next = 0;
            while (ranked.size() < TYPES) {
                if (next < sampled.size() && ranked.size() >= functionWords + Math.pow(next, 1.5)) {
                    ranked.add(sampled.get(next++));
                    continue;
                }
                String word = letters.word(random);
                if (seen.add(word) && !counts.containsKey(word)) {
                    ranked.add(word);
                }
            }
            ranked.subList(0, TYPES).toArray(words);
        }

        /** A sentence of {@code length} words, with {@code name} at a random place when given. */
        String sentence(Random random, int length, String name) {
            int at = name == null ? -1 : random.nextInt(length);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < length; w++) {
                if (w > 0) {
                    sentence.append(' ');
                }
                sentence.append(w == at ? name : words[draw(cumulative, random)]);
            }
            return sentence.append('.').toString();
        }

        /** A made-up word of random syllables in the language's script (the vocabulary's words before December 2026). */
        static String generated(String language, Random random) {
            StringBuilder word = new StringBuilder();
            switch (language) {
                case "ar" -> {
                    int letters = 3 + random.nextInt(5);
                    for (int l = 0; l < letters; l++) {
                        word.append(ARABIC.charAt(random.nextInt(ARABIC.length())));
                    }
                }
                case "ru" -> syllables(word, random, CYRILLIC, CYRILLIC_VOWELS);
                default -> syllables(word, random, LATIN, VOWELS);
            }
            return word.toString();
        }

        private static void syllables(StringBuilder word, Random random, String consonants, String vowels) {
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
            }
            word.append(consonants.charAt(random.nextInt(consonants.length())));
        }
    }
}
