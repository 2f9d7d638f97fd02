package io.marsad.enrichment.entity;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import io.marsad.text.MarsadAnalyzers.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds knowledge-base entities in text, across scripts and spellings (docs/entities.md). Every
 * name and alias is folded with libs/text's {@code marsad_folded} chain (hamza forms, diacritics,
 * Persian letters and accents meet) and reduced to {@link MatchKeys} (French elision, Arabic
 * proclitics); Russian names also match in their case forms ({@link RussianForms}: Путина,
 * Москве). The longest name starting at a word wins. In scripts with case a
 * capitalised name needs a capital in the text ({@link #casingAgrees}). A long word one edit away
 * from a one-word name, with the same first and last letter, matches it (فوستوشني ~ فوستوتشني; not
 * the adjective الأوكراني for أوكرانيا, nor Indian for Indiana), looked up through an index of the
 * names' one-deletion variants, so the cost does not grow with the knowledge base. Short all-capital
 * aliases (UN, EU, AFP) match only in capitals, so French "un" is not the United Nations. A
 * spelling two entities share is kept for the one whose name it is (or the country); otherwise it
 * is dropped and listed by {@link #ambiguousSpellings()}.
 */
public final class EntityMatcher {

    private static final AnalysisChain FOLDED = MarsadAnalyzers.chain("marsad_folded");
    static final int FUZZY_MIN_LENGTH = 7;
    /**
     * Names written with the Arabic article are Arabic words (الحديدة, الداخلة), not
     * transliterations: their one-edit neighbours are other words (الجديدة "the new", الداخلية
     * "the interior"), not spelling variants, so they only match as written.
     */
    private static final String ARABIC_ARTICLE = "ال";

    /**
     * One way to write an entity, as keys of its folded tokens. A spelling that is also a common word
     * is written {@code ~القاعدة} in the knowledge base ("the base") and needs evidence:
     * {@code markedElsewhere}, a column other than Persian marks it, in text of any language;
     * {@code markedInPersian}, the Persian column does, in Persian text (مالی is "financial" in
     * Persian, where Arabic news names Mali bare: في مالي).
     */
    record Alias(List<String> keys, String entityId, boolean capitalsOnly, boolean capitalised, boolean markedElsewhere, boolean markedInPersian,
                 boolean persianOnly, List<Set<String>> forms) {
        Alias(List<String> keys, String entityId, boolean capitalsOnly, boolean capitalised, boolean markedElsewhere, boolean markedInPersian,
              boolean persianOnly) {
            this(keys, entityId, capitalsOnly, capitalised, markedElsewhere, markedInPersian, persianOnly, keys.stream().map(RussianForms::of).toList());
        }

        boolean needsEvidence(boolean persianText) {
            return markedElsewhere || (markedInPersian && persianText);
        }
    }

    private static final String PERSIAN = "fa";
    private static final String URDU = "ur";
    /** The particles French place names join their words with, after a word: "Île-de-", "Boulogne-sur-", "Villeneuve-d'". */
    private static final java.util.regex.Pattern COMPOUND_PLACE_LINK = java.util.regex.Pattern.compile(
        "\\p{L}-(?:(?:de|du|des|en|sur|sous|la|le|les|lès|lez|et|aux|au)-|d['’])$");
    /** A place's description naming its country: "city in Syria", "capital of Jordan", "place in Saudi Arabia". */
    static final java.util.regex.Pattern PLACE_IN = java.util.regex.Pattern.compile("\\b(?:in|of) (?:the )?([A-Z][\\w'’ .-]*)$");

    /** The knowledge base's mark on a spelling that is also a common word and needs evidence. */
    public static final String COMMON_WORD_MARK = "~";

    /** An entity found in a text, with the words that named it. */
    public record Mention(String entityId, String type, String name, String surface, int start, int end) {}

    private final KnowledgeBase knowledgeBase;
    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();
    private final FuzzyIndex fuzzySpellings = new FuzzyIndex();
    /** The same for the spellings without a capital, the only ones a word in lower case can agree with ({@link #lowerCaseOnly}). */
    private final FuzzyIndex fuzzySpellingsWithoutCapitals = new FuzzyIndex();
    private final Map<String, Set<String>> ambiguous = new LinkedHashMap<>();
    private final Map<String, List<String>> spellingKeys = new HashMap<>();
    /** For spellings several entities share: each entity's alias, and its spellings written with Arabic short vowels or shadda. */
    private final Map<List<String>, Map<String, Alias>> sharedSpellings = new HashMap<>();
    private final Map<List<String>, Map<String, List<String>>> vowelledSpellings = new HashMap<>();
    /** The country of a place, from its description ("city in Syria"): named in an article, it is evidence for the place. */
    private final Map<String, String> countryOf = new HashMap<>();
    /** The adjectives of each country (الليبية for Libya): right after a place of that country, they say it names the place (سرت الليبية). */
    private final OriginAdjectives originAdjectives;
    /** The country of each organisation whose description names one: another country's adjective after its name makes it a namesake. */
    private final HomeCountries homeCountries;
    private final GivenNames givenNames;
    private final CountriesNamed countriesNamed;
    /** The one-word names of places and countries, as keys: to tell adjectives of origin (السوداني). */
    private final Set<String> placeNames = new HashSet<>();

    public EntityMatcher(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        Map<List<String>, Map<String, Alias>> spellings = new LinkedHashMap<>();
        Map<List<String>, Set<String>> namedBy = new HashMap<>();
        for (Entity entity : knowledgeBase.all()) {
            Set<String> names = new LinkedHashSet<>(entity.names().values());
            for (Map.Entry<String, String> written : spellingsByLanguage(entity)) {
                String marked = written.getValue();
                boolean persian = written.getKey().equals(PERSIAN);
                boolean needsEvidence = marked.startsWith(COMMON_WORD_MARK);
                String spelling = needsEvidence ? marked.substring(COMMON_WORD_MARK.length()) : marked;
                List<String> keys = keys(spelling);
                if (keys.isEmpty()) {
                    continue;
                }
                boolean capitalsOnly = spelling.length() <= 5 && spelling.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
                boolean capitalised = spelling.chars().anyMatch(Character::isUpperCase);
                add(spellings, new Alias(keys, entity.id(), capitalsOnly, capitalised, needsEvidence && !persian, needsEvidence && persian, persian));
                if (ArabicMarks.present(spelling)) {
                    vowelledSpellings.computeIfAbsent(keys, k -> new HashMap<>()).computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(spelling);
                }
                spellingKeys.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(String.join(" ", keys));
                if (names.contains(spelling)) {
                    namedBy.computeIfAbsent(keys, k -> new LinkedHashSet<>()).add(entity.id());
                }
            }
        }
        Map<String, String> countriesByName = new HashMap<>();
        for (Entity entity : knowledgeBase.all()) {
            if (entity.id().startsWith("country:")) {
                entity.names().values().forEach(name -> countriesByName.putIfAbsent(name, entity.id()));
            }
        }
        for (Entity entity : knowledgeBase.all()) {
            java.util.regex.Matcher in = entity.description() == null ? null : PLACE_IN.matcher(entity.description());
            if (entity.type().equals("location") && !entity.id().startsWith("country:") && in != null && in.find()) {
                String country = countriesByName.get(in.group(1));
                if (country != null) {
                    countryOf.put(entity.id(), country);
                }
            }
        }
        this.originAdjectives = new OriginAdjectives(knowledgeBase);
        this.homeCountries = new HomeCountries(knowledgeBase, countriesByName);
        this.givenNames = new GivenNames(knowledgeBase);
        this.countriesNamed = new CountriesNamed(sharedSpellings, countryOf, homeCountries);
        spellings.forEach((keys, byEntity) -> {
            if (byEntity.size() > 1 && (vowelledSpellings.containsKey(keys) || byEntity.keySet().stream().anyMatch(id -> byEntity.containsKey(countryOf.get(id)))
                || byEntity.keySet().stream().map(id -> CountriesNamed.countryOfPlace(id, countryOf)).filter(java.util.Objects::nonNull).distinct().count() > 1)) {
                // told apart in the text by vowels, by a word before that makes a country's name its city, or by the countries named around
                sharedSpellings.put(keys, byEntity);
            }
            Alias alias = resolve(keys, byEntity, namedBy.getOrDefault(keys, Set.of()));
            if (alias == null) {
                return;
            }
            for (String form : alias.forms().get(0)) {
                byFirstKey.computeIfAbsent(form, k -> new ArrayList<>()).add(alias);
            }
            if (keys.size() == 1 && knowledgeBase.get(alias.entityId()).type().equals("location")) {
                placeNames.add(keys.get(0));
            }
            if (keys.size() == 1 && keys.get(0).length() >= FUZZY_MIN_LENGTH && !keys.get(0).startsWith(ARABIC_ARTICLE)) {
                Set<String> variants = deletionVariants(keys.get(0));
                fuzzySpellings.add(alias, variants);
                if (!alias.capitalised()) {
                    fuzzySpellingsWithoutCapitals.add(alias, variants);
                }
            }
        });
    }

    /** Every spelling of the entity with the language it is written for: names first, then aliases. */
    private static List<Map.Entry<String, String>> spellingsByLanguage(Entity entity) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        entity.names().forEach((language, name) -> all.add(Map.entry(language, name)));
        entity.aliases().forEach((language, aliases) -> aliases.forEach(alias -> all.add(Map.entry(language, alias))));
        return all;
    }

    private static void add(Map<List<String>, Map<String, Alias>> spellings, Alias alias) {
        spellings.computeIfAbsent(alias.keys(), k -> new LinkedHashMap<>()).merge(alias.entityId(), alias,
            // a spelling marked as a common word stays marked whatever other column writes it the same way (Persian's marks in Persian text)
            (a, b) -> new Alias(a.keys(), a.entityId(), a.capitalsOnly() && b.capitalsOnly(), a.capitalised() && b.capitalised(),
                a.markedElsewhere() || b.markedElsewhere(), a.markedInPersian() || b.markedInPersian(), a.persianOnly() && b.persianOnly()));
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
        return keysOf(text, MarsadAnalyzers.tokensWithOffsets(FOLDED, text));
    }

    /** The match keys of each of {@code words}, in one set: the word lists the rules compare a text's keys with. */
    static Set<String> keysOfAll(java.util.Collection<String> words) {
        Set<String> keys = new HashSet<>();
        for (String word : words) {
            keys.addAll(keys(word));
        }
        return Set.copyOf(keys);
    }

    private static List<String> keysOf(String text, List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(MatchKeys.key(token.term(), token.end() < text.length() && text.charAt(token.end()) == '+'));
        }
        return keys;
    }

    /** Spellings (as match keys) that several entities share and no rule could give to one: they match nothing. */
    public Map<String, Set<String>> ambiguousSpellings() {
        return ambiguous;
    }

    /** Whether one of the entity's spellings, folded to match keys, has a word sequence starting with these keys (joined by spaces). */
    public boolean spelledWith(String entityId, String foldedKeys) {
        for (String keys : spellingKeys.getOrDefault(entityId, List.of())) {
            if (keys.startsWith(foldedKeys) || keys.contains(" " + foldedKeys)) {
                return true;
            }
        }
        return false;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public List<Mention> find(String text) {
        return find(text, null);
    }

    /**
     * The mentions in a text of the given language (ISO 639-1, or null when unknown). Spellings the
     * knowledge base has only in Persian are not looked for in text of another language: folded,
     * Persian روسیه, ترکیه, سوریه are the Arabic feminine adjectives روسية, تركية, سورية ("Russian",
     * "Turkish", "Syrian"), not the countries. In Persian text the Arabic proclitics are not taken
     * off (لزوماً is "necessarily", not ل + Zuma; کلامی "a word", not ک + Lammy), and only a city's
     * or region's name is matched one edit away (کالیفرنیا): a person's or a country's is written
     * as the tables write it (خانه‌ای "a house" is not خامنه‌ای, اوبراین not اوکراین).
     */
    public List<Mention> find(String text, String language) {
        String source = text == null ? "" : text;
        return find(source, MarsadAnalyzers.tokensWithOffsets(FOLDED, source), language);
    }

    /** The same, given the text's tokens under the folded chain (analysed once for the stages that share them). */
    public List<Mention> find(String source, List<Token> tokens, String language) {
        // Urdu writes most names as Persian does (پاکستان, چین, ایران) and takes no Arabic proclitics either
        boolean persianText = PERSIAN.equals(language) || URDU.equals(language);
        boolean persianSpellings = language == null || persianText;
        boolean urduText = URDU.equals(language);
        List<String> keys = keysOf(source, tokens);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longest(tokens, keys, i, source, persianSpellings, persianText);
            if (best == null) {
                best = fuzzy(keys.get(i), source.substring(tokens.get(i).start(), tokens.get(i).end()), persianSpellings, persianText);
            }
            if (best == null) {
                i++;
                continue;
            }
            found.add(new Found(best, i));
            i += best.length;
        }
        // a person in the name of a place named after them is not mentioned, but the place's country is (ملعب الملك عبد الله الثاني)
        List<Found> namedAfter = found.stream()
            .filter(f -> isPerson(f) && NamedAfter.aPlaceOrThingNamedAfter(source, tokens, keys, f.at(), f.match().length())).toList();
        found.removeIf(f -> f.match().length() == 1 && readAsCommonWord(f, source, tokens, keys)
            || CommonWordEvidence.insideALongerName(keys, f.at(), f.match().length())
            || CommonWordEvidence.nationalSociety(keys, f.at(), f.match().length(), () -> originAdjectives.anyAt(keys, f.at() + f.match().length()),
                () -> LatinCase.capitalisedWordBefore(source, tokens, f.at()))
            || anotherCountrysNamesake(f, keys)
            || namedAfter.contains(f) // مطار الإمام الخميني
            || isPerson(f) && givenNames.namesAnother(f.match().alias().entityId(), source, tokens, f.at(), f.match().length()) // Melania Trump
            || f.match().length() == 1 && isPlace(f) && PlacesAsGivenNames.partOfAnotherName(source, tokens, f.at(), foundAt(found, f.at() + 1)) // Paris Hilton
            || f.match().length() == 1 && isPlace(f) && PlacesAsSurnames.partOfAPersonsName(source, tokens, f.at(), givenNames, endsAt(found, f.at()))); // Jack London
        Set<String> namedPlainly = new HashSet<>();
        Set<String> countriesOfPlacesNamed = new HashSet<>();
        for (Found f : found) {
            // a capital in mid-sentence names the entity as plainly as an unmarked spelling does ("Chad" after "in")
            if (!needsEvidence(f.match().alias(), f, keys, persianSpellings, urduText) || LatinCase.isEvidence(f.match().alias(), knowledgeBase.get(f.match().alias().entityId()).type(),
                source, tokens, f.at(), f.match().length())) {
                namedPlainly.add(f.match().alias().entityId());
                String country = countryOf.get(f.match().alias().entityId());
                if (country != null) {
                    countriesOfPlacesNamed.add(country); // باماكو says مالي is Mali, not "financial"
                }
            }
        }
        Set<String> countriesNamedOtherwise = countriesNamed.otherwise(found, namedAfter);
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            int start = tokens.get(f.at()).start();
            int end = tokens.get(f.at() + f.match().length() - 1).end();
            if (insideACompoundPlaceName(source, start)) {
                continue; // Île-de-France is not France
            }
            Alias alias = countriesNamed.choose(byCityWord(byVowels(f.match().alias(), source.substring(start, end)), keys, f.at()), f, found,
                countriesNamedOtherwise, source, tokens);
            if (needsEvidence(alias, f, keys, persianSpellings, urduText) && !hasEvidence(alias, f, found, source, tokens, keys, namedPlainly, countriesOfPlacesNamed)) {
                continue; // a common word ("the base", "April") with nothing saying it names the entity here
            }
            Entity entity = knowledgeBase.get(alias.entityId());
            mentions.add(new Mention(entity.id(), entity.type(), entity.name(), source.substring(start, end), start, end));
        }
        return withoutNamesakesOfPlacesElsewhere(mentions, source);
    }

    /**
     * Whether the name starting at {@code start} follows a word and one of the particles French
     * place names are joined with, written in lower case as they are there (Île-de-France,
     * Boulogne-sur-Mer, Villeneuve-d'Ascq, Saint-Pierre-et-Miquelon): then it is part of another
     * place's name. An order's or a title's capitalised "-De-" is not such a join.
     */
    private static boolean insideACompoundPlaceName(String source, int start) {
        return COMPOUND_PLACE_LINK.matcher(source.substring(Math.max(0, start - 8), start)).find();
    }

    /**
     * A place followed by a comma and a region or country it is not in is another place of that name
     * ("Paris, Texas", "London, Ontario", "Kingston, Ontario", not Jamaica's capital): the tables'
     * place is left out there; the region stays. So is one followed by a postal code of another
     * country's region ("Kingston, ON") or by "County" ("Perth County").
     */
    private List<Mention> withoutNamesakesOfPlacesElsewhere(List<Mention> mentions, String source) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention place = mentions.get(i);
            String country = countryOf.get(place.entityId());
            if (country != null && RegionCodes.namesAPlaceElsewhere(source, place.end(), country)) {
                continue; // Kingston, ON; Perth County
            }
            if (country != null && i + 1 < mentions.size()) {
                Mention next = mentions.get(i + 1);
                String nextCountry = next.entityId().startsWith("country:") ? next.entityId() : countryOf.get(next.entityId());
                String between = source.substring(place.end(), next.start()).strip();
                if (between.equals(",") && nextCountry != null && !nextCountry.equals(country)) {
                    continue;
                }
            }
            kept.add(place);
        }
        return kept;
    }

    /** Whether the article says that a name marked as a common word names its entity where it stands. */
    private boolean hasEvidence(Alias alias, Found f, List<Found> found, String source, List<Token> tokens, List<String> keys,
                                Set<String> namedPlainly, Set<String> countriesOfPlacesNamed) {
        String id = alias.entityId();
        String type = knowledgeBase.get(id).type();
        String country = countryOf.get(id);
        int after = f.at() + f.match().length();
        return namedPlainly.contains(id) // its full form, any unmarked spelling or a capital in mid-sentence, anywhere in the article
            || namedPlainly.contains(country) || countriesOfPlacesNamed.contains(id) // a place's country; a country's place (باماكو)
            // a marked name of several words is another country's region, not a common word: a place of its own country settles it
            || alias.keys().size() > 1 && countriesOfPlacesNamed.contains(country)
            || originAdjectives.follows(keys, after, country) // سرت الليبية
            || CommonWordEvidence.around(keys, f.at(), f.match().length(), type, id.startsWith("country:")) // تنظيم القاعدة, في مالي
            || id.startsWith("country:") && CountriesNamed.inAListOfCountries(f, found, source, tokens); // عراق اور شام, Mali and Niger
    }

    /**
     * Whether a one-word name is a common word where it stands, whatever else the article says: in a
     * set phrase (مصر على), with tanwin (ميتاً "dead", not Meta), with a hamza inside the word that
     * none of the name's spellings has (مآرب "aims", not مأرب Marib; فأس "an axe", not فاس Fez), or as
     * the adjective of the noun before it (الحد الأقصى), which a country's name is not taken for
     * (الحكومة السعودية).
     */
    private boolean readAsCommonWord(Found f, String source, List<Token> tokens, List<String> keys) {
        Token token = tokens.get(f.at());
        String written = source.substring(token.start(), token.end());
        if (f.match().alias().markedElsewhere() && RussianAdjectiveNames.partOfAnotherName(source, tokens, f.at())) {
            return true; // Восточный военный округ, Иван Грозный
        }
        if (CommonWordEvidence.setPhrase(keys, f.at()) || ArabicMarks.tanwin(written)
            || (ArabicMarks.alefWithHamza(written) && ArabicMarks.hamzaNoSpellingHas(written, knowledgeBase.get(f.match().alias().entityId()).spellings()))) {
            return true;
        }
        boolean joinedToTheWordBefore = f.at() > 0 && source.substring(tokens.get(f.at() - 1).end(), token.start()).isBlank();
        return joinedToTheWordBefore && !f.match().alias().entityId().startsWith("country:")
            && CommonWordEvidence.adjectiveOfTheNounBefore(keys, f.at(), adjectiveOfOrigin(keys.get(f.at())));
    }

    /** Whether an organisation's name is followed by another country's adjective: حزب العدالة والتنمية المغربي is not Turkey's AKP. */
    private boolean anotherCountrysNamesake(Found f, List<String> keys) {
        String home = homeCountries.of(f.match().alias().entityId());
        String named = home == null ? null : originAdjectives.countryAt(keys, f.at() + f.match().length());
        return named != null && !named.equals(home);
    }

    /** Whether a name needs evidence here: marked in the tables, or in Urdu text one of the Urdu words or phrases the tables' names are written as (بی بی). */
    private static boolean needsEvidence(Alias alias, Found f, List<String> keys, boolean persianSpellings, boolean urduText) {
        return alias.needsEvidence(persianSpellings) || urduText && UrduCommonWords.contains(keys.subList(f.at(), f.at() + f.match().length()));
    }

    private boolean isPlace(Found f) {
        return knowledgeBase.get(f.match().alias().entityId()).type().equals("location");
    }

    private static boolean foundAt(List<Found> found, int at) {
        return found.stream().anyMatch(f -> f.at() == at);
    }

    /** Whether a name found ends right before the word at {@code at} ("Amman London" is two places, "Jack London" one person). */
    private static boolean endsAt(List<Found> found, int at) {
        return found.stream().anyMatch(f -> f.at() + f.match().length() == at);
    }

    private boolean isPerson(Found f) {
        return knowledgeBase.get(f.match().alias().entityId()).type().equals("person");
    }

    /** A city or region, whose foreign name Persian transliterates in more ways than the tables hold (کالیفرنیا). */
    private boolean isPlaceWithinACountry(String entityId) {
        return countryOf.containsKey(entityId);
    }

    /** Whether the word is a place's name with the suffix of origin: السوداني (Sudanese) from السودان, البغدادي from بغداد. */
    private boolean adjectiveOfOrigin(String word) {
        if (!word.endsWith("ي") || word.length() < 4) {
            return false;
        }
        String place = word.substring(0, word.length() - 1);
        return placeNames.contains(place) || (place.startsWith(ARABIC_ARTICLE) && placeNames.contains(place.substring(ARABIC_ARTICLE.length())));
    }

    /**
     * A spelling two entities share, written with short vowels or a shadda that only one of their
     * spellings has, names that one: عمّان is Amman, عُمان is Oman, though both fold to عمان.
     */
    private Alias byVowels(Alias alias, String surface) {
        Map<String, Alias> sharing = sharedSpellings.get(alias.keys());
        if (sharing == null || !ArabicMarks.present(surface)) {
            return alias;
        }
        Map<String, List<String>> vowelled = vowelledSpellings.get(alias.keys());
        String chosen = alias.entityId();
        int chosenAgreement = agreement(surface, vowelled.getOrDefault(chosen, List.of()));
        for (String entityId : sharing.keySet()) {
            int agreement = agreement(surface, vowelled.getOrDefault(entityId, List.of()));
            if (agreement > chosenAgreement) {
                chosen = entityId;
                chosenAgreement = agreement;
            }
        }
        return sharing.get(chosen);
    }

    /**
     * A name a country shares with a place of its own (الجزائر: Algeria and Algiers) is the country,
     * unless the word before makes it a city: مطار الجزائر, العاصمة الجزائر.
     */
    private Alias byCityWord(Alias alias, List<String> keys, int at) {
        Map<String, Alias> sharing = sharedSpellings.get(alias.keys());
        if (sharing == null || !alias.entityId().startsWith("country:") || !CommonWordEvidence.cityWordBefore(keys, at)) {
            return alias;
        }
        for (Map.Entry<String, Alias> other : sharing.entrySet()) {
            if (alias.entityId().equals(countryOf.get(other.getKey()))) {
                return other.getValue();
            }
        }
        return alias;
    }

    private static int agreement(String surface, List<String> spellings) {
        int best = 0;
        for (String spelling : spellings) {
            best = Math.max(best, ArabicMarks.agreement(surface, spelling));
        }
        return best;
    }

    /** A name found at a word of the text. */
    record Found(Match match, int at) {}

    record Match(Alias alias, int length) {}

    private record Candidate(Alias alias, int length, boolean asWritten) {}

    /** The longest name starting at this word; between names of one length, the one written as in the text (not a case form). */
    private Match longest(List<Token> tokens, List<String> keys, int at, String text, boolean persianSpellings, boolean persianText) {
        Candidate best = null;
        for (String first : persianText ? List.of(keys.get(at)) : MatchKeys.withoutProclitics(keys.get(at))) {
            boolean definite = madeDefinite(keys.get(at), first);
            for (Alias alias : byFirstKey.getOrDefault(first, List.of())) {
                int n = alias.keys().size();
                if (definite && n == 1) {
                    continue;
                }
                if (at + n > keys.size() || (best != null && n < best.length()) || (alias.persianOnly() && !persianSpellings)) {
                    continue;
                }
                boolean asWritten = alias.keys().get(0).equals(first);
                boolean matches = true;
                for (int k = 1; k < n && matches; k++) {
                    String word = keys.get(at + k);
                    matches = alias.forms().get(k).contains(word);
                    asWritten &= alias.keys().get(k).equals(word);
                }
                if (matches) {
                    matches = casingAgrees(alias, text.substring(tokens.get(at).start(), tokens.get(at + n - 1).end()));
                }
                if (matches && (best == null || n > best.length() || (asWritten && !best.asWritten()))) {
                    best = new Candidate(alias, n, asWritten);
                }
            }
        }
        return best == null ? null : new Match(best.alias(), best.length());
    }

    /**
     * Whether the word is {@code stem} with the Arabic article put before it. A one-word name
     * written without the article never takes it (دمشق, جدة, جنين, ماليه): with it, the word is a
     * common noun or adjective (الجدة "the grandmother", الجنين "the foetus", التركية "the Turkish").
     */
    private static boolean madeDefinite(String word, String stem) {
        return !stem.startsWith(ARABIC_ARTICLE) && word.endsWith(ARABIC_ARTICLE + stem);
    }

    /**
     * Names are capitalised in scripts that have case: "маска" (a mask) is not Маск, "un" is not
     * the UN. A spelling with a capital needs a capital in the text; a short all-capital one needs
     * all capitals. Scripts without case (Arabic, Persian) are unaffected.
     */
    static boolean casingAgrees(Alias alias, String written) {
        String surface = written.substring(MatchKeys.elisionLength(written));
        if (alias.capitalsOnly()) {
            return surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }
        return !alias.capitalised() || surface.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * Whether the word has letters and no capital (after a French elision): then a spelling with a
     * capital cannot agree with it ({@link #casingAgrees}), and only those without are looked for.
     * Words of scripts without case (Arabic, Persian) are such words, as are their spellings.
     */
    static boolean lowerCaseOnly(String written) {
        boolean letter = false;
        for (int i = MatchKeys.elisionLength(written); i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * Single-word spellings by their deletion variants ({@link #deletionVariants}), and the pairs of
     * first and last letters they have: a word is compared only with spellings that begin and end as
     * it does, so a word whose pair no spelling has needs no variants made.
     */
    private static final class FuzzyIndex {
        private final Map<String, List<Alias>> byVariant = new HashMap<>();
        private final Set<Integer> ends = new HashSet<>();

        void add(Alias alias, Set<String> variants) {
            variants.forEach(variant -> byVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(alias));
            ends.add(ends(alias.keys().get(0)));
        }

        boolean mayHold(String word) {
            return ends.contains(ends(word));
        }

        List<Alias> withVariant(String variant) {
            return byVariant.getOrDefault(variant, List.of());
        }

        private static int ends(String word) {
            return word.charAt(0) << 16 | word.charAt(word.length() - 1);
        }
    }

    /** A name one edit from the word; in Persian text ({@link #find(String, String)}) only a city's or region's, and no proclitic off. */
    private Match fuzzy(String key, String surface, boolean persianSpellings, boolean persianText) {
        // most words of Latin and Cyrillic text are in lower case: no capitalised spelling is looked up for them
        FuzzyIndex index = lowerCaseOnly(surface) ? fuzzySpellingsWithoutCapitals : fuzzySpellings;
        for (String form : persianText ? List.of(key) : MatchKeys.withoutProclitics(key)) {
            if (form.length() < FUZZY_MIN_LENGTH || !index.mayHold(form)) {
                continue;
            }
            Set<String> lookups = new LinkedHashSet<>();
            lookups.add(form);
            lookups.addAll(deletionVariants(form));
            for (String lookup : lookups) {
                for (Alias alias : index.withVariant(lookup)) {
                    if ((alias.persianOnly() && !persianSpellings) || (persianText && !isPlaceWithinACountry(alias.entityId()))) {
                        continue;
                    }
                    String name = alias.keys().get(0);
                    if (name.charAt(0) == form.charAt(0) && name.charAt(name.length() - 1) == form.charAt(form.length() - 1)
                        && withinOneEdit(form, name) && casingAgrees(alias, surface)) {
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
