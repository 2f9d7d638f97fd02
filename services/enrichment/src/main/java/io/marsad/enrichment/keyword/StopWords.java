package io.marsad.enrichment.keyword;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Function words per language, from the lists Lucene ships (Savoy's Arabic and Persian lists,
 * Snowball's English, French and Russian ones), folded like the text they are checked against.
 */
final class StopWords {

    private static final AnalysisChain FOLDED = MarsadAnalyzers.chain("marsad_folded");
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
        "ar", folded(ArabicAnalyzer.getDefaultStopSet()),
        "fa", folded(PersianAnalyzer.getDefaultStopSet()),
        "fr", folded(FrenchAnalyzer.getDefaultStopSet()),
        "ru", folded(RussianAnalyzer.getDefaultStopSet()),
        "en", folded(snowball("english_stop.txt")));

    private static final Set<String> ALL = union();

    private StopWords() {
    }

    private static Set<String> union() {
        Set<String> all = new HashSet<>();
        BY_LANGUAGE.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    /** The folded function words of a language; for a language without a list, those of all languages. */
    static Set<String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, ALL);
    }

    private static CharArraySet snowball(String file) {
        try (java.io.InputStream in = SnowballFilter.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's " + file + " is missing");
            }
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's " + file, e);
        }
    }

    private static Set<String> folded(CharArraySet words) {
        Set<String> folded = new HashSet<>();
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            folded.addAll(MarsadAnalyzers.tokens(FOLDED, text));
        }
        return Set.copyOf(folded);
    }
}
