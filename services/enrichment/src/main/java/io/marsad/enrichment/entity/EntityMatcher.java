package io.marsad.enrichment.entity;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds knowledge-base entities in text, across scripts and spellings: every name and alias is
 * folded with libs/text's {@code marsad_folded} chain (so hamza forms, diacritics, Persian letters
 * and accents meet), Arabic proclitics (و ف ب ل ك ال) are tried off the first word, and a long word
 * one edit away from a known name matches it (فوستوشني ~ فوستوتشني). Short all-capital aliases
 * (UN, EU, AFP) match only in capitals, so French "un" is not the United Nations.
 */
public final class EntityMatcher {

    private static final AnalysisChain FOLDED = MarsadAnalyzers.chain("marsad_folded");
    private static final int FUZZY_MIN_LENGTH = 6;

    /** One way to write an entity, as folded tokens. */
    record Alias(List<String> tokens, String entityId, boolean capitalsOnly) {}

    /** An entity found in a text, with the words that named it. */
    public record Mention(String entityId, String type, String name, String surface) {}

    private final KnowledgeBase knowledgeBase;
    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
    private final Map<Integer, List<Alias>> singleTokenByLength = new HashMap<>();

    public EntityMatcher(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        for (Entity entity : knowledgeBase.all()) {
            Set<String> spellings = new LinkedHashSet<>(entity.names().values());
            entity.aliases().values().forEach(spellings::addAll);
            for (String spelling : spellings) {
                List<String> tokens = MarsadAnalyzers.tokens(FOLDED, spelling);
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean capitalsOnly = spelling.length() <= 4 && spelling.chars().allMatch(c -> c >= 'A' && c <= 'Z');
                Alias alias = new Alias(tokens, entity.id(), capitalsOnly);
                byFirstToken.computeIfAbsent(tokens.get(0), t -> new ArrayList<>()).add(alias);
                if (tokens.size() == 1 && tokens.get(0).length() >= FUZZY_MIN_LENGTH) {
                    singleTokenByLength.computeIfAbsent(tokens.get(0).length(), l -> new ArrayList<>()).add(alias);
                }
            }
        }
    }

    public List<Mention> find(String text) {
        List<Token> tokens = MarsadAnalyzers.tokensWithOffsets(FOLDED, text == null ? "" : text);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestExact(tokens, i, text);
            if (best == null) {
                best = fuzzy(tokens, i);
            }
            if (best == null) {
                i++;
                continue;
            }
            Entity entity = knowledgeBase.get(best.alias.entityId());
            String surface = text.substring(tokens.get(i).start(), tokens.get(i + best.length - 1).end());
            mentions.add(new Mention(entity.id(), entity.type(), entity.name(), surface));
            i += best.length;
        }
        return mentions;
    }

    private record Match(Alias alias, int length) {}

    private Match longestExact(List<Token> tokens, int at, String text) {
        Match best = null;
        for (String first : withoutProclitics(tokens.get(at).term())) {
            for (Alias alias : byFirstToken.getOrDefault(first, List.of())) {
                int n = alias.tokens().size();
                if (at + n > tokens.size() || (best != null && n <= best.length)) {
                    continue;
                }
                boolean matches = true;
                for (int k = 1; k < n && matches; k++) {
                    matches = alias.tokens().get(k).equals(tokens.get(at + k).term());
                }
                if (matches && alias.capitalsOnly()) {
                    String surface = text.substring(tokens.get(at).start(), tokens.get(at + n - 1).end());
                    matches = surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
                }
                if (matches) {
                    best = new Match(alias, n);
                }
            }
        }
        return best;
    }

    private Match fuzzy(List<Token> tokens, int at) {
        String term = tokens.get(at).term();
        if (term.length() < FUZZY_MIN_LENGTH) {
            return null;
        }
        for (int length = term.length() - 1; length <= term.length() + 1; length++) {
            for (Alias alias : singleTokenByLength.getOrDefault(length, List.of())) {
                if (alias.tokens().get(0).charAt(0) == term.charAt(0) && withinOneEdit(term, alias.tokens().get(0))) {
                    return new Match(alias, 1);
                }
            }
        }
        return null;
    }

    /** The word as written, then without Arabic conjunctions, prepositions and the article fused to it. */
    static List<String> withoutProclitics(String term) {
        List<String> forms = new ArrayList<>(List.of(term));
        String rest = term;
        if (rest.length() > 3 && (rest.startsWith("و") || rest.startsWith("ف"))) {
            rest = rest.substring(1);
            forms.add(rest);
        }
        if (rest.length() > 3 && (rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك"))) {
            rest = rest.substring(1);
            forms.add(rest);
        }
        if (rest.length() > 4 && rest.startsWith("ال")) {
            forms.add(rest.substring(2));
        } else if (rest.length() > 3 && rest.startsWith("ل") && forms.size() > 1) {
            forms.add("ال" + rest.substring(1)); // لل → ال: للأمم = ل + الأمم
        }
        return forms;
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
