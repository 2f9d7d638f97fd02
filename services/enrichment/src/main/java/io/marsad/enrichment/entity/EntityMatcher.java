package io.marsad.enrichment.entity;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds knowledge-base entities in text, across scripts and spellings (docs/entities.md). Every
 * name and alias is folded with libs/text's {@code marsad_folded} chain (hamza forms, diacritics,
 * Persian letters and accents meet) and reduced to {@link MatchKeys} (French elision, Arabic
 * proclitics); the longest name starting at a word wins, and a Russian word that names nothing as
 * written is tried again without its case ending (Путина → Путин). In scripts with case a
 * capitalised name needs a capital in the text ({@link #casingAgrees}). A long word one edit away
 * from a one-word name matches it (فوستوشني ~ فوستوتشني), looked up through an index of the names'
 * one-deletion variants, so the cost does not grow with the knowledge base. Short all-capital
 * aliases (UN, EU, AFP) match only in capitals, so French "un" is not the United Nations. A
 * spelling two entities share is kept for the one whose name it is (or the country); otherwise it
 * is dropped and listed by {@link #ambiguousSpellings()}.
 */
public final class EntityMatcher {

    private static final AnalysisChain FOLDED = MarsadAnalyzers.chain("marsad_folded");
    static final int FUZZY_MIN_LENGTH = 6;
    /** Shorter stems collide (Ханно and Ханой both stem to хан). */
    static final int MIN_STEM_LENGTH = 4;

    /** One way to write an entity, as keys of its folded tokens. */
    record Alias(List<String> keys, String entityId, boolean capitalsOnly, boolean capitalised) {}

    /** An entity found in a text, with the words that named it. */
    public record Mention(String entityId, String type, String name, String surface, int start, int end) {}

    private final KnowledgeBase knowledgeBase;
    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();
    private final Map<String, List<Alias>> byFirstStem = new HashMap<>();
    private final Map<String, List<Alias>> byDeletionVariant = new HashMap<>();
    private final Map<String, Set<String>> ambiguous = new LinkedHashMap<>();

    public EntityMatcher(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        Map<List<String>, Map<String, Alias>> written = new LinkedHashMap<>();
        Map<List<String>, Map<String, Alias>> stemmed = new LinkedHashMap<>();
        Map<List<String>, Set<String>> namedBy = new HashMap<>();
        for (Entity entity : knowledgeBase.all()) {
            Set<String> names = new LinkedHashSet<>(entity.names().values());
            for (String spelling : entity.spellings()) {
                List<String> keys = keys(spelling);
                if (keys.isEmpty()) {
                    continue;
                }
                boolean capitalsOnly = spelling.length() <= 4 && spelling.chars().allMatch(Character::isUpperCase);
                boolean capitalised = spelling.chars().anyMatch(Character::isUpperCase);
                add(written, new Alias(keys, entity.id(), capitalsOnly, capitalised));
                List<String> stems = keys.stream().map(MatchKeys::stem).toList();
                if (!stems.equals(keys)) {
                    add(stemmed, new Alias(stems, entity.id(), capitalsOnly, capitalised));
                }
                if (names.contains(spelling)) {
                    namedBy.computeIfAbsent(keys, k -> new LinkedHashSet<>()).add(entity.id());
                    namedBy.computeIfAbsent(stems, k -> new LinkedHashSet<>()).add(entity.id());
                }
            }
        }
        written.forEach((keys, byEntity) -> {
            Alias alias = resolve(keys, byEntity, namedBy.getOrDefault(keys, Set.of()));
            if (alias == null) {
                return;
            }
            byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(alias);
            if (keys.size() == 1 && keys.get(0).length() >= FUZZY_MIN_LENGTH) {
                for (String variant : deletionVariants(keys.get(0))) {
                    byDeletionVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(alias);
                }
            }
        });
        stemmed.forEach((stems, byEntity) -> {
            Alias alias = resolve(stems, byEntity, namedBy.getOrDefault(stems, Set.of()));
            if (alias != null) {
                byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(alias);
            }
        });
    }

    private static void add(Map<List<String>, Map<String, Alias>> spellings, Alias alias) {
        spellings.computeIfAbsent(alias.keys(), k -> new LinkedHashMap<>()).merge(alias.entityId(), alias,
            (a, b) -> new Alias(a.keys(), a.entityId(), a.capitalsOnly() && b.capitalsOnly(), a.capitalised() && b.capitalised()));
    }

    private Alias resolve(List<String> keys, Map<String, Alias> byEntity, Set<String> namedBy) {
        Alias resolved = resolveShared(byEntity, namedBy);
        if (resolved == null) {
            ambiguous.putIfAbsent(String.join(" ", keys), byEntity.keySet());
        }
        return resolved;
    }

    private static Alias resolveShared(Map<String, Alias> byEntity, Set<String> namedBy) {
        if (byEntity.size() == 1) {
            return byEntity.values().iterator().next();
        }
        if (namedBy.size() == 1) {
            return byEntity.get(namedBy.iterator().next());
        }
        List<Alias> countries = byEntity.values().stream().filter(a -> a.entityId().startsWith("country:")).toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /** The match keys of a name or phrase: folded tokens, Latin elision and possessives off. */
    public static List<String> keys(String text) {
        return MarsadAnalyzers.tokens(FOLDED, text).stream().map(MatchKeys::key).filter(k -> !k.isEmpty()).toList();
    }

    /** Spellings (as match keys) that several entities share and no rule could give to one: they match nothing. */
    public Map<String, Set<String>> ambiguousSpellings() {
        return ambiguous;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public List<Mention> find(String text) {
        String source = text == null ? "" : text;
        List<Token> tokens = MarsadAnalyzers.tokensWithOffsets(FOLDED, source);
        List<String> keys = tokens.stream().map(t -> MatchKeys.key(t.term())).toList();
        List<String> stems = keys.stream().map(MatchKeys::stem).toList();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longest(byFirstKey, tokens, keys, i, source);
            if (best == null && !stems.get(i).equals(keys.get(i)) && stems.get(i).length() >= MIN_STEM_LENGTH) {
                best = longest(byFirstStem, tokens, stems, i, source);
            }
            if (best == null) {
                best = fuzzy(keys.get(i), source.substring(tokens.get(i).start(), tokens.get(i).end()));
            }
            if (best == null) {
                i++;
                continue;
            }
            Entity entity = knowledgeBase.get(best.alias.entityId());
            int start = tokens.get(i).start();
            int end = tokens.get(i + best.length - 1).end();
            mentions.add(new Mention(entity.id(), entity.type(), entity.name(), source.substring(start, end), start, end));
            i += best.length;
        }
        return mentions;
    }

    private record Match(Alias alias, int length) {}

    private static Match longest(Map<String, List<Alias>> byFirst, List<Token> tokens, List<String> keys, int at, String text) {
        Match best = null;
        for (String first : MatchKeys.withoutProclitics(keys.get(at))) {
            for (Alias alias : byFirst.getOrDefault(first, List.of())) {
                int n = alias.keys().size();
                if (at + n > keys.size() || (best != null && n <= best.length)) {
                    continue;
                }
                boolean matches = true;
                for (int k = 1; k < n && matches; k++) {
                    matches = alias.keys().get(k).equals(keys.get(at + k));
                }
                if (matches) {
                    matches = casingAgrees(alias, text.substring(tokens.get(at).start(), tokens.get(at + n - 1).end()));
                }
                if (matches) {
                    best = new Match(alias, n);
                }
            }
        }
        return best;
    }

    /**
     * Names are capitalised in scripts that have case: "маска" (a mask) is not Маск, "un" is not
     * the UN. A spelling with a capital needs a capital in the text; a short all-capital one needs
     * all capitals. Scripts without case (Arabic, Persian) are unaffected.
     */
    static boolean casingAgrees(Alias alias, String surface) {
        if (alias.capitalsOnly()) {
            return surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
        return !alias.capitalised() || surface.chars().anyMatch(Character::isUpperCase);
    }

    private Match fuzzy(String key, String surface) {
        for (String form : MatchKeys.withoutProclitics(key)) {
            if (form.length() < FUZZY_MIN_LENGTH) {
                continue;
            }
            Set<String> lookups = new LinkedHashSet<>();
            lookups.add(form);
            lookups.addAll(deletionVariants(form));
            for (String lookup : lookups) {
                for (Alias alias : byDeletionVariant.getOrDefault(lookup, List.of())) {
                    String name = alias.keys().get(0);
                    if (name.charAt(0) == form.charAt(0) && withinOneEdit(form, name) && casingAgrees(alias, surface)) {
                        return new Match(alias, 1);
                    }
                }
            }
        }
        return null;
    }

    /** The word itself and every word one deletion away: two words within one edit share one of these. */
    static Set<String> deletionVariants(String word) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(word);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
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
