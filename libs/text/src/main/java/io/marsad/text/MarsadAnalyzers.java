package io.marsad.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.CharArraySet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.marsad.text.AnalysisChain.TokenFilterStep.ARABIC_NORMALIZATION;
import static io.marsad.text.AnalysisChain.TokenFilterStep.ARABIC_STEM;
import static io.marsad.text.AnalysisChain.TokenFilterStep.ASCII_FOLDING;
import static io.marsad.text.AnalysisChain.TokenFilterStep.DECIMAL_DIGIT;
import static io.marsad.text.AnalysisChain.TokenFilterStep.ENGLISH_POSSESSIVE;
import static io.marsad.text.AnalysisChain.TokenFilterStep.FRENCH_ELISION;
import static io.marsad.text.AnalysisChain.TokenFilterStep.LIGHT_ENGLISH;
import static io.marsad.text.AnalysisChain.TokenFilterStep.LIGHT_FRENCH;
import static io.marsad.text.AnalysisChain.TokenFilterStep.LIGHT_RUSSIAN;
import static io.marsad.text.AnalysisChain.TokenFilterStep.LOWERCASE;
import static io.marsad.text.AnalysisChain.TokenFilterStep.PERSIAN_NORMALIZATION;

/**
 * Marsad's analysis chains: the single source of truth for how text is matched, used as Lucene
 * analyzers by the services and rendered into the Elasticsearch index settings.
 * <ul>
 *   <li>{@code marsad_folded}: every language; script folding, lower case, accents, digits, Arabic
 *       normalisation, no stemming: the field exact spellings are matched on;</li>
 *   <li>{@code marsad_ar}, {@code marsad_fa}: Arabic and Persian, light stemming;</li>
 *   <li>{@code marsad_en}, {@code marsad_fr}, {@code marsad_ru}: light stemming of their own.</li>
 * </ul>
 */
public final class MarsadAnalyzers {

    public static final List<AnalysisChain> CHAINS = List.of(
        new AnalysisChain("marsad_folded", null, List.of(LOWERCASE, ASCII_FOLDING, DECIMAL_DIGIT, ARABIC_NORMALIZATION)),
        new AnalysisChain("marsad_ar", "ar", List.of(LOWERCASE, DECIMAL_DIGIT, ARABIC_NORMALIZATION, ARABIC_STEM)),
        new AnalysisChain("marsad_fa", "fa", List.of(LOWERCASE, DECIMAL_DIGIT, ARABIC_NORMALIZATION, PERSIAN_NORMALIZATION)),
        new AnalysisChain("marsad_en", "en", List.of(ENGLISH_POSSESSIVE, LOWERCASE, ASCII_FOLDING, DECIMAL_DIGIT, LIGHT_ENGLISH)),
        new AnalysisChain("marsad_fr", "fr", List.of(FRENCH_ELISION, LOWERCASE, ASCII_FOLDING, DECIMAL_DIGIT, LIGHT_FRENCH)),
        new AnalysisChain("marsad_ru", "ru", List.of(LOWERCASE, DECIMAL_DIGIT, LIGHT_RUSSIAN))
    );

    /** The char filter every chain starts with. */
    public static final String FOLDING_CHAR_FILTER = "marsad_script_folding";

    /** Keyword fields (tags, names) are normalised, not tokenised: folded, lower case, no stemming. */
    public static final String KEYWORD_NORMALIZER = "marsad_keyword";
    public static final List<AnalysisChain.TokenFilterStep> KEYWORD_FILTERS = List.of(LOWERCASE, ASCII_FOLDING, DECIMAL_DIGIT, ARABIC_NORMALIZATION);

    private static final CharArraySet FRENCH_ARTICLES = new CharArraySet(
        List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private MarsadAnalyzers() {}

    public static AnalysisChain chain(String name) {
        return CHAINS.stream().filter(c -> c.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no analysis chain " + name));
    }

    /** The chain for a language code, or the language-neutral folded chain. */
    public static AnalysisChain forLanguage(String language) {
        return CHAINS.stream().filter(c -> language != null && language.equals(c.language())).findFirst().orElse(chain("marsad_folded"));
    }

    /** One analyzer per chain for the whole JVM: Lucene analyzers are thread-safe and reuse their components per thread. */
    private static final Map<String, Analyzer> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The JVM's one analyzer of the chain, for indexing and query building; shared, so never close it. */
    public static Analyzer shared(AnalysisChain chain) {
        return SHARED.computeIfAbsent(chain.name(), name -> analyzer(chain));
    }

    private static final Analyzer KEYWORD_ANALYZER = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ScriptFoldingCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new org.apache.lucene.analysis.core.KeywordTokenizer();
            TokenStream stream = tokenizer;
            for (AnalysisChain.TokenFilterStep step : KEYWORD_FILTERS) {
                stream = apply(step, stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /** A new analyzer for the chain; the caller owns (and closes) it. */
    public static Analyzer analyzer(AnalysisChain chain) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ScriptFoldingCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = tokenizer;
                for (AnalysisChain.TokenFilterStep step : chain.filters()) {
                    stream = apply(step, stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** A token and where it stands in the original text. */
    public record Token(String term, int start, int end) {}

    /** The tokens of a text under a chain with their offsets in the text (char filters accounted for). */
    public static List<Token> tokensWithOffsets(AnalysisChain chain, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = shared(chain).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The tokens of a text under a chain, for matching and tests. */
    public static List<String> tokens(AnalysisChain chain, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = shared(chain).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** A keyword as the {@code marsad_keyword} normalizer makes it: the whole value as one folded term. */
    public static String normalizeKeyword(String value) {
        try (TokenStream stream = KEYWORD_ANALYZER.tokenStream("keyword", value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : "";
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TokenStream apply(AnalysisChain.TokenFilterStep step, TokenStream in) {
        return switch (step) {
            case LOWERCASE -> new LowerCaseFilter(in);
            case ASCII_FOLDING -> new LatinFoldingFilter(in);
            case DECIMAL_DIGIT -> new DecimalDigitFilter(in);
            case ARABIC_NORMALIZATION -> new ArabicNormalizationFilter(in);
            case PERSIAN_NORMALIZATION -> new PersianNormalizationFilter(in);
            case ARABIC_STEM -> new ArabicStemFilter(in);
            case ENGLISH_POSSESSIVE -> new EnglishPossessiveFilter(in);
            case LIGHT_ENGLISH -> new KStemFilter(in);
            case FRENCH_ELISION -> new ElisionFilter(in, FRENCH_ARTICLES);
            case LIGHT_FRENCH -> new FrenchLightStemFilter(in);
            case LIGHT_RUSSIAN -> new RussianLightStemFilter(in);
        };
    }
}
