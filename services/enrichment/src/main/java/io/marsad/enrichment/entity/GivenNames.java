package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a person's surname, written alone in a script with case, is another person's: after a given
 * name that is not one of the person's own ("Melania Trump", "Hunter Biden", "Michelle Obama", but
 * "Donald Trump", "JD Vance"), or followed by "Jr." when the person is not the junior ("Donald Trump
 * Jr."). Titles, nationalities and words of the sentence before a surname are no given names
 * ("President Trump", "Israeli Netanyahu", "When Trump arrived"), and a headline whose every word has
 * a capital ("Biden Says Trump Will…") says nothing. The given names are read from the knowledge
 * base's spellings of each person.
 */
final class GivenNames {

    /** Titles and ranks written with a capital before a surname. */
    static final Set<String> TITLES = Set.of(
        "president", "vice", "minister", "secretary", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
        "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sultan", "general", "gen",
        "colonel", "col", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "chair", "commissioner", "ambassador",
        "envoy", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "lord", "lady", "dame", "saint", "st", "former", "first",
        "candidate", "nominee", "spokesman", "spokeswoman", "chief", "director", "commander", "admiral", "marshal", "ayatollah",
        "imam", "rabbi", "father", "democrat", "republican", "senate", "congressman", "congresswoman",
        "président", "présidente", "ministre", "chancelier", "m", "mme", "monsieur", "madame", "général", "roi", "reine", "cheikh",
        "pape", "émir", "sénateur", "député", "maire", "ancien", "ex");
    /** Words a sentence or clause may put before a surname with a capital. */
    private static final Set<String> SENTENCE_WORDS = Set.of(
        "when", "while", "after", "before", "since", "although", "though", "meanwhile", "however", "yesterday", "today", "earlier",
        "later", "also", "but", "so", "and", "now", "still", "yet", "both", "only", "even", "here", "there", "why", "how", "what",
        "where", "who", "then", "if", "as", "the", "a", "an", "for", "with", "by", "from", "to", "of", "in", "on", "at", "under",
        "unlike", "like", "despite", "without", "unless", "because", "once", "until", "during", "following", "besides", "including",
        "against", "among", "amid", "within", "beyond", "ahead", "throughout", "speaking", "writing", "asked", "told", "perhaps",
        "indeed", "instead", "otherwise", "therefore", "thus", "hence", "overall", "finally", "eventually", "recently", "currently",
        "previously", "separately", "moreover", "furthermore", "notably", "reportedly", "allegedly", "officially", "will", "would",
        "did", "does", "could", "should", "can", "may", "might", "must", "has", "had", "was", "is", "are", "were", "not", "no", "yes",
        "every", "each", "all", "some", "many", "most", "few", "that", "this", "these", "those", "his", "her", "their", "our", "my",
        "your", "its", "says", "said", "tell", "ask", "dear", "thanks", "thank",
        "quand", "lorsque", "après", "avant", "mais", "et", "pour", "selon", "le", "la", "les", "de", "du", "des", "avec", "par",
        "alors", "puis", "ainsi", "pourtant", "cependant", "hier", "aujourd'hui", "depuis", "comme", "si", "face", "contre", "sans",
        "or", "un", "une", "chez",
        // nouns that put a company's name after them with a capital at the start of a sentence: "Carmaker Ford said"
        "automaker", "carmaker", "rival", "chipmaker");
    private static final java.util.regex.Pattern JUNIOR_AFTER = java.util.regex.Pattern.compile("^,?\\s+(?:Jr|Jnr|Sr)\\b");

    /** Given names common in the news, beside the knowledge base's people's ({@code /entities/given-names.txt}). */
    private static final Set<String> COMMON = load();

    private final Map<String, Set<String>> ownGivenNames = new HashMap<>();
    private final Set<String> anyPersonsGivenNames = new HashSet<>(COMMON);
    private final Set<String> juniors = new HashSet<>();

    GivenNames(KnowledgeBase knowledgeBase) {
        for (Entity entity : knowledgeBase.all()) {
            if (!entity.type().equals("person")) {
                continue;
            }
            Set<String> given = new HashSet<>();
            for (String spelling : entity.spellings()) {
                String[] words = spelling.replace(EntityMatcher.COMMON_WORD_MARK, "").split("[\\s.]+");
                for (int i = 0; i < words.length - 1; i++) {
                    given.add(words[i].toLowerCase(Locale.ROOT));
                }
                if (words.length > 1 && namesSomeone(words[0]) && !TITLES.contains(words[0].toLowerCase(Locale.ROOT))) {
                    anyPersonsGivenNames.add(words[0].toLowerCase(Locale.ROOT)); // the first word only: "Le" of Marine Le Pen names no one
                }
                if (spelling.matches(".*\\b(?:Jr|Sr)\\.?$")) {
                    juniors.add(entity.id());
                }
            }
            ownGivenNames.put(entity.id(), given);
        }
    }

    /** Whether a word, in any case, is a given name: a common one, or one of a person's in the knowledge base. */
    boolean isAGivenName(String word) {
        return anyPersonsGivenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String line : ResourceLines.of("/entities/given-names.txt")) {
            Arrays.stream(line.split("\\s+")).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(names);
    }


    /** Whether the person's name at {@code at}, of {@code length} words, names someone else of that surname here. */
    boolean namesAnother(String personId, String source, List<Token> tokens, int at, int length) {
        int start = tokens.get(at).start();
        int end = tokens.get(at + length - 1).end();
        if (!Character.isUpperCase(source.charAt(start)) || RussianForms.isCyrillic(source.substring(start, end))) {
            return false;
        }
        if (!juniors.contains(personId) && JUNIOR_AFTER.matcher(source.substring(end, Math.min(source.length(), end + 6))).find()) {
            return true; // Donald Trump Jr.
        }
        if (length != 1 || at == 0) {
            return false;
        }
        String word = capitalisedWordBefore(source, tokens, at);
        if (word == null || inAHeadline(source, start)) {
            return false;
        }
        String key = word.toLowerCase(Locale.ROOT);
        if (LatinCase.startsASentence(source, tokens.get(at - 1).start()) && (key.length() < 3 || key.endsWith("ly"))) {
            return false; // at the start of a sentence an adverb is likelier than a given name ("Recently Trump…")
        }
        return !ownGivenNames.getOrDefault(personId, Set.of()).contains(key) && !TITLES.contains(key) && namesSomeone(word);
    }

    /**
     * The word right before the one at {@code at}, if it stands on the same line with only spaces
     * between, starts with a capital and is no possessive ("Likud's Netanyahu"); else null.
     */
    static String capitalisedWordBefore(String source, List<Token> tokens, int at) {
        if (at == 0) {
            return null;
        }
        Token before = tokens.get(at - 1);
        String between = source.substring(before.end(), tokens.get(at).start());
        String word = source.substring(before.start(), before.end());
        boolean adjacent = between.isBlank() && between.indexOf('\n') < 0; // a title's last word on the line before is not
        return adjacent && Character.isUpperCase(word.charAt(0)) && !word.endsWith("'s") && !word.endsWith("’s") ? word : null;
    }

    /** Whether a capitalised word before a surname can name a person (a given name or a title), not open a sentence or tell a nationality. */
    static boolean namesSomeone(String word) {
        return !SENTENCE_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !HomeCountries.isNationality(word);
    }

    /** Whether the line holding {@code at} is written with a capital on all of its longer words, as headlines are. */
    static boolean inAHeadline(String source, int at) {
        int lineStart = source.lastIndexOf('\n', at) + 1;
        int lineEnd = source.indexOf('\n', at);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        int words = 0;
        int capitalised = 0;
        for (String word : line.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised == words; // title case capitalises every word of four letters or more
    }
}
