package io.marsad.enrichment.entity;

import io.marsad.text.MarsadAnalyzers.Token;

import java.util.List;

/**
 * When the capital of a name written in a script with case is evidence for a name that is also a
 * common word ("Guinea" and guinea pigs, "Apple" and apple pie, "Chad" the country and a first name;
 * Russian "Того", Togo and "of that").
 * In the middle of a sentence it is; at the start of one every word has it ("Guinea pigs are…",
 * "Apple pie…"), unless the name is a possessive ("Guinea's junta") or the subject of a verb of
 * saying or doing ("Apple said", "Chad denied"). A place's name right before
 * another capitalised word is a first name ("Chad Smith", "Georgia Smith"), unless it is a possessive
 * ("Chad's president"); after "a" it is a figure of speech ("a Mecca for startups"). A company's
 * name after "the" is the thing the company is named after ("the Amazon rainforest", "the Orange Order"),
 * and after a first name or an initial a surname ("Doug Ford", "USS Gerald R. Ford").
 */
final class LatinCase {

    private LatinCase() {}

    static boolean isEvidence(EntityMatcher.Alias alias, String type, String source, List<Token> tokens, int at, int length) {
        if (!alias.capitalised()) {
            return false;
        }
        int start = tokens.get(at).start();
        int end = tokens.get(at + length - 1).end();
        String written = source.substring(start, end);
        boolean possessive = written.endsWith("'s") || written.endsWith("’s");
        if (type.equals("person") && source.startsWith("-", end) && end + 1 < source.length() && Character.isLetter(source.charAt(end + 1))) {
            return false; // "Petro-Chemical Complex": the first part of a hyphenated word, not the president
        }
        if (type.equals("organization") && firstNameOrInitialBefore(source, tokens, at)) {
            return false; // "Doug Ford", "Gerald R. Ford": a company's name that is also a surname
        }
        if (startsASentence(source, start) && !possessive && !reportingVerbFollows(source, end)
            && !(type.equals("organization") && nextWordIn(source, end, COMPANY_WORDS_AFTER))) {
            return false; // "Guinea pigs", "Apple pie"; "Guinea's junta", "Apple said" and "Ford shares" are the names
        }
        if (type.equals("location") && (!possessive && capitalisedWordFollows(source, end) || wordBefore(source, tokens, at, "a", "an"))) {
            return false; // "Chad Smith"; "a Mecca for startups"
        }
        return !(type.equals("organization") && wordBefore(source, tokens, at, "the"));
    }

    /** Whether the word right before the name (spaces only between) is one of {@code words}, in any case. */
    private static boolean wordBefore(String source, List<Token> tokens, int at, String... words) {
        String word = adjacentWordBefore(source, tokens, at);
        for (String candidate : words) {
            if (candidate.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The word right before the one at {@code at}, in lower case, if it is written with a capital and only spaces between; else null. */
    static String capitalisedWordBefore(String source, List<Token> tokens, int at) {
        String word = adjacentWordBefore(source, tokens, at);
        return word != null && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) ? word.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The word right before the one at {@code at} as written, if only spaces stand between; else null. */
    private static String adjacentWordBefore(String source, List<Token> tokens, int at) {
        if (at == 0) {
            return null;
        }
        Token before = tokens.get(at - 1);
        return source.substring(before.end(), tokens.get(at).start()).isBlank() ? source.substring(before.start(), before.end()) : null;
    }

    /**
     * Whether nothing but spaces, opening quotes and brackets stands between the start of a sentence
     * (or of the text, a line, or a clause after a dash: "LONDON (Reuters) — Apple said") and {@code start}.
     */
    static boolean startsASentence(String source, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = source.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '—' || c == '–') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"“‘'«(„[".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Verbs whose subject, right before them, is someone who acts or speaks: a name, not a thing. */
    private static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of(
        "said", "says", "announced", "announces", "reported", "reports", "told", "confirmed", "denied", "warned", "urged",
        "plans", "planned", "agreed", "launched", "unveiled", "sued", "posted", "accused", "signed", "called", "added",
        // French: "Orange a annoncé", "Orange annonce"
        "a", "annonce", "indique", "affirme", "déclare", "estime", "prévoit", "va", "confirme", "dément",
        // Russian, past tense of every gender and number: "Того объявило", "Герцог заявил"
        "заявил", "заявила", "заявило", "заявили", "сообщил", "сообщила", "сообщило", "сообщили", "объявил", "объявила", "объявило",
        "объявили", "призвал", "призвала", "призвало", "призвали", "подписал", "подписала", "подписало", "подписали", "выступил",
        "выступила", "выступило", "выступили", "потребовал", "потребовала", "потребовало", "потребовали", "подтвердил", "подтвердила",
        "подтвердило", "подтвердили", "предупредил", "предупредила", "предупредило", "предупредили", "отказался", "отказалась",
        "отказалось", "отказались", "опроверг", "опровергла", "опровергло", "опровергли", "отверг", "отвергла", "отвергло", "отвергли");

    /** Words that, right after a company's name at the start of a sentence, say it is the company: "Ford shares fell". */
    private static final java.util.Set<String> COMPANY_WORDS_AFTER = java.util.Set.of(
        "shares", "stock", "CEO", "vehicles", "cars", "trucks", "plant", "plants", "factory", "sales", "dealers", "workers",
        "executives", "recalled", "recalls", "cut", "raised", "sold", "reported", "expects", "forecast");
    /** An initial right before a name: "Gerald R. Ford". */
    private static final java.util.regex.Pattern INITIAL_BEFORE = java.util.regex.Pattern.compile("(?:^|\\s)\\p{Lu}\\.\\s+$");

    private static boolean reportingVerbFollows(String source, int end) {
        return nextWordIn(source, end, REPORTING_VERBS);
    }

    private static boolean nextWordIn(String source, int end, java.util.Set<String> words) {
        int i = end;
        while (i < source.length() && source.charAt(i) == ' ') {
            i++;
        }
        int wordEnd = i;
        while (wordEnd < source.length() && Character.isLetter(source.charAt(wordEnd))) {
            wordEnd++;
        }
        return i > end && words.contains(source.substring(i, wordEnd));
    }

    /** Whether a capitalised first name ("Doug Ford", not "The Ford" or "Palestinian Hamas") or an initial ("R. Ford") stands right before. */
    private static boolean firstNameOrInitialBefore(String source, List<Token> tokens, int at) {
        int start = tokens.get(at).start();
        if (INITIAL_BEFORE.matcher(source.substring(Math.max(0, start - 4), start)).find()) {
            return true;
        }
        String word = GivenNames.capitalisedWordBefore(source, tokens, at);
        return word != null && GivenNames.namesSomeone(word); // "The Ford plant", "Carmaker Ford said", "Palestinian Hamas" are not
    }

    /** Whether the next word, after spaces only, starts with a capital letter. */
    private static boolean capitalisedWordFollows(String source, int end) {
        int i = end;
        while (i < source.length() && source.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < source.length() && Character.isUpperCase(source.charAt(i));
    }
}
