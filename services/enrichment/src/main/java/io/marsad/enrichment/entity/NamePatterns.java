package io.marsad.enrichment.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes names the knowledge base does not know yet, from the titles news writing puts before
 * them ("الرئيس الروسي X Y", "President X Y", "le ministre des Affaires étrangères X Y", "министр
 * обороны X Y"). Proposals are candidates for an editor, not entities: names already known are
 * left out.
 */
public final class NamePatterns {

    private static final String ARABIC_WORD = "[\\u0621-\\u065F\\u0670-\\u06D3]+"; // letters and harakat
    /** Words after a name that are not part of it (whole words; words with the article are nouns anyway). */
    private static final String NOT_A_NAME = "(?!ال)(?!(?:في|من|على|إلى|عن|مع|قد|بعد|قبل|إن|أن|لا|لم|لن|كما|حيث|خلال|لدى|عند|يوم|قائلا|أمس|اليوم)(?:\\s|$|[،.:]))";
    private static final String CAPITALISED_LATIN = "\\p{Lu}[\\p{L}'’-]+";
    private static final String CAPITALISED_CYRILLIC = "[А-ЯЁ][а-яё-]+";

    /** Titles a name follows, and what may come between the title and the name, up to the name itself. */
    private record Rule(List<String> titles, Pattern pattern) {
        static Rule of(List<String> titles, String between) {
            StringBuilder alternatives = new StringBuilder();
            titles.forEach(t -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(t)));
            return new Rule(titles, Pattern.compile("(?:" + alternatives + ")" + between));
        }
    }

    private static final List<Rule> RULES = List.of(
        // title, optional nationality adjective (الروسي, الأمريكية…), then two or three words that are not "ال…" nouns
        Rule.of(List.of("الرئيس", "الرئيسة", "رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "وزير", "وزيرة", "الأمين العام", "الملك", "الأمير",
                "المستشار", "الزعيم", "المتحدث باسم"),
            "(?:\\s+(?:ال" + ARABIC_WORD + "))*\\s+(" + NOT_A_NAME + ARABIC_WORD + "(?:\\s+" + NOT_A_NAME + ARABIC_WORD + "){1,2})"),
        Rule.of(List.of("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Minister", "Secretary-General",
                "Secretary", "King", "Queen", "Chancellor", "Senator", "Governor", "General", "Ambassador", "Mayor", "Spokesman", "Spokeswoman"),
            "\\s+(" + CAPITALISED_LATIN + "(?:\\s+" + CAPITALISED_LATIN + "){1,2})"),
        Rule.of(List.of("le président", "la présidente", "le Premier ministre", "la Première ministre", "le ministre", "la ministre",
                "le secrétaire général", "le roi", "le chancelier"),
            "(?:\\s+(?:de|des|du|la|l'|[\\p{Ll}]+|\\p{Lu}\\p{Ll}+\\s+étrangères|Affaires))*?\\s+(" + CAPITALISED_LATIN + "(?:\\s+" + CAPITALISED_LATIN + "){1,2})"),
        Rule.of(List.of("президент", "премьер-министр", "министр", "глава", "генсек", "генеральный секретарь", "канцлер", "посол"),
            "(?:\\s+[а-яё]+){0,3}\\s+(" + CAPITALISED_CYRILLIC + "(?:\\s+" + CAPITALISED_CYRILLIC + "){1,2})")
    );

    /** How far after a title a name is looked for. */
    private static final int WINDOW = 300;

    private NamePatterns() {}

    /**
     * The words after a title, less what the knowledge base already knows: a known first word means
     * the title belongs to a known person; known trailing words are the next phrase ("… كوزلوف كيم").
     */
    static java.util.Optional<String> candidate(String words, EntityMatcher known) {
        List<String> parts = new java.util.ArrayList<>(List.of(words.split("\\s+")));
        if (parts.isEmpty() || !known.find(parts.get(0)).isEmpty()) {
            return java.util.Optional.empty();
        }
        while (parts.size() > 2 && !known.find(parts.get(parts.size() - 1)).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        String name = String.join(" ", parts);
        if (parts.size() < 2 || !known.find(name).isEmpty() || !known.find(parts.get(parts.size() - 1)).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name);
    }

    public static List<String> propose(String text, EntityMatcher known) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        // the rules only match where one of their titles starts: look there, not at every position of the text
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            Set<Integer> starts = new java.util.TreeSet<>();
            for (String title : rule.titles()) {
                for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                    starts.add(at);
                }
            }
            for (int at : starts) {
                m.region(at, Math.min(text.length(), at + WINDOW));
                if (m.lookingAt()) {
                    candidate(m.group(1).trim(), known).ifPresent(names::add);
                }
            }
        }
        return List.copyOf(names);
    }
}
