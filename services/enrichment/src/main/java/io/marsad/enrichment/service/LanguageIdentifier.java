package io.marsad.enrichment.service;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.marsad.text.Scripts;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The language an article is written in, by Lingua, among the configured candidates only (fewer
 * candidates are faster and more accurate). A page's declared language is a hint, used only when
 * the text is too short or ambiguous to tell. A text written in a script only one candidate uses
 * (Russian, the one Cyrillic language by default) is that language without asking Lingua: Lingua
 * would decide it by the same rule, after a pass over every word with each alphabet it knows,
 * which was all of the 0.23–0.37 ms a Russian sample took on the benchmark corpus.
 */
@ApplicationScoped
public class LanguageIdentifier {

    /**
     * The first sample: enough text to tell the languages apart in almost every article, at a
     * third of the time of the longer one (Lingua's time grows with the text). On 964 real and
     * evaluation texts it decided 962 as the longer sample did (docs/text-analysis.md#language-identification).
     */
    static final int SAMPLE_CHARS = 250;
    /** When the first sample cannot tell (its two likeliest languages too close), this much text decides. */
    static final int LONGER_SAMPLE_CHARS = 800;
    /** Below this many letters, a declared language is trusted over detection. */
    static final int MIN_LETTERS = 20;
    /** The share of a sample's letters its script must hold to decide the language alone (names in another script are common). */
    static final double SCRIPT_SHARE = 0.8;

    private final LanguageDetector detector;
    /** The candidates written in each script Lingua knows the languages of. */
    private final Map<UnicodeScript, List<Language>> candidatesByScript = new EnumMap<>(UnicodeScript.class);

    public LanguageIdentifier(Config config) {
        Language[] candidates = config.candidates().stream()
            .map(code -> Language.getByIsoCode639_1(com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
            .toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(candidates).withMinimumRelativeDistance(0.05).build();
        List<Language> chosen = List.of(candidates);
        Map<UnicodeScript, List<Language>> writtenIn = Map.of(UnicodeScript.ARABIC, Language.allWithArabicScript(),
            UnicodeScript.CYRILLIC, Language.allWithCyrillicScript(), UnicodeScript.LATIN, Language.allWithLatinScript(),
            UnicodeScript.DEVANAGARI, Language.allWithDevanagariScript());
        writtenIn.forEach((script, languages) -> candidatesByScript.put(script, languages.stream().filter(chosen::contains).toList()));
    }

    /** ISO 639-1 code of the text's language, or the declared one when the text cannot tell, or empty. */
    public Optional<String> identify(String title, String body, String declared) {
        // the body cut first: a long page's text is not copied whole to read its first 800 characters
        String text = prefix((title == null ? "" : title) + "\n" + prefix(body == null ? "" : body, LONGER_SAMPLE_CHARS), LONGER_SAMPLE_CHARS);
        Optional<String> hint = Optional.ofNullable(declared).filter(d -> !d.isBlank()).map(d -> d.toLowerCase(Locale.ROOT));
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS && hint.isPresent()) {
            return hint; // a few letters say little; the page's claim says more
        }
        String sample = prefix(text, SAMPLE_CHARS);
        Optional<Language> byScript = Scripts.holding(sample, SCRIPT_SHARE).map(candidatesByScript::get).filter(only -> only.size() == 1)
            .map(only -> only.get(0));
        if (byScript.isPresent()) {
            return Optional.of(code(byScript.get()));
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN && text.length() > SAMPLE_CHARS) {
            language = detector.detectLanguageOf(text);
        }
        if (language == Language.UNKNOWN) {
            return hint;
        }
        return Optional.of(code(language));
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static String prefix(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    @ConfigMapping(prefix = "marsad.language")
    public interface Config {
        /** ISO 639-1 codes Lingua chooses among. */
        @WithDefault("ar,fa,ur,en,fr,ru,es,de,tr")
        List<String> candidates();
    }
}
