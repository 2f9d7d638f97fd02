package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a Russian name that is an adjective, marked in the tables as a common word (Восточный the
 * cosmodrome, Грозный the city), is not that name where it stands. Russian writes a name of several
 * words with a capital on the first word only, so the capital says nothing there: "Восточный военный
 * округ", "Восточного фронта", "Восточный экономический форум" are other names, and the adjective
 * qualifies the word after it. The cosmodrome named alone is followed by a verb, a preposition or
 * punctuation ("с Восточного стартовала", "на Восточном завершили", "Восточный, где…"). After a
 * ruler's first name the adjective is his epithet: Иван Грозный, Ivan the Terrible.
 */
final class RussianAdjectiveNames {

    /** Masculine adjective endings, the only forms {@link RussianForms} makes of such names. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем");
    /** Words after the name that do not make it an attribute: prepositions, conjunctions, particles, forms of "to be". */
    private static final Set<String> FUNCTION_WORDS = Set.of(
        "в", "во", "на", "с", "со", "из", "и", "а", "но", "к", "ко", "у", "о", "об", "по", "за", "от", "до", "под", "над", "при",
        "для", "через", "после", "перед", "уже", "ещё", "еще", "также", "тоже", "же", "ли", "не", "ни", "как", "или", "где", "что",
        "был", "была", "было", "были", "будет", "будут", "стал", "стала", "стало", "станет", "снова", "впервые", "сегодня", "вчера");
    /** Endings of verbs in the past and present tense and of infinitives: the name is their subject, not an attribute. */
    private static final List<String> VERB_ENDINGS = List.of(
        "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ют", "ит", "ят", "ется", "ются", "ится", "ятся", "ть", "ться");
    /** First names whose bearer an adjective after them is the epithet of (Иван Грозный), in every case. */
    private static final Set<String> RULERS_FIRST_NAMES = formsOf("иван");

    private RussianAdjectiveNames() {
    }

    /** Whether the one-word name at {@code at}, written as a Russian adjective, qualifies the word after it or is a ruler's epithet. */
    static boolean partOfAnotherName(String source, List<Token> tokens, int at) {
        Token name = tokens.get(at);
        String written = source.substring(name.start(), name.end()).toLowerCase(Locale.ROOT);
        if (!RussianForms.isCyrillic(written) || ADJECTIVE_ENDINGS.stream().noneMatch(written::endsWith)) {
            return false;
        }
        if (at > 0 && onlySpacesBetween(source, tokens.get(at - 1), name)
            && RULERS_FIRST_NAMES.contains(wordOf(source, tokens.get(at - 1)))) {
            return true; // Иван Грозный, Ивана Грозного
        }
        if (at + 1 >= tokens.size() || !onlySpacesBetween(source, name, tokens.get(at + 1))) {
            return false;
        }
        String next = wordOf(source, tokens.get(at + 1));
        return RussianForms.isCyrillic(next) && !FUNCTION_WORDS.contains(next) && VERB_ENDINGS.stream().noneMatch(next::endsWith);
    }

    private static boolean onlySpacesBetween(String source, Token first, Token second) {
        return source.substring(first.end(), second.start()).isBlank();
    }

    private static String wordOf(String source, Token token) {
        return source.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
    }

    private static Set<String> formsOf(String... names) {
        Set<String> forms = new HashSet<>();
        for (String name : names) {
            forms.addAll(RussianForms.of(name));
        }
        return Set.copyOf(forms);
    }
}
