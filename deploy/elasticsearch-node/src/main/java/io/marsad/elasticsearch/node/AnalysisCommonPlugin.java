package io.marsad.elasticsearch.node;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The part of the distribution's {@code analysis-common} module that Marsad's index templates use,
 * registered under the official names with the official parameters and built from the same Lucene
 * classes, so one template works unchanged here and on a production cluster.
 * <p>
 * The module itself is not published to Maven Central for 9.x. docs/elasticsearch-embedded.md lists
 * what is provided; anything else fails index creation with Elasticsearch's usual "unknown filter"
 * error rather than silently analysing differently.
 */
public class AnalysisCommonPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("mapping", requiresAnalysisSettings(MappingCharFilterFactory::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("keyword", KeywordTokenizerFactory::new, "whitespace", WhitespaceTokenizerFactory::new);
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return List.of(
            PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
            PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "lowercase", LowercaseTokenFilterFactory::new,
            "asciifolding", AsciiFoldingTokenFilterFactory::new,
            "arabic_normalization", SimpleTokenFilterFactory.provider(ArabicNormalizationFilter::new, true),
            "arabic_stem", SimpleTokenFilterFactory.provider(ArabicStemFilter::new, false),
            "persian_normalization", SimpleTokenFilterFactory.provider(PersianNormalizationFilter::new, true),
            "persian_stem", SimpleTokenFilterFactory.provider(PersianStemFilter::new, false),
            "decimal_digit", SimpleTokenFilterFactory.provider(DecimalDigitFilter::new, true),
            "elision", requiresAnalysisSettings(ElisionTokenFilterFactory::new),
            "stemmer", StemmerTokenFilterFactory::new
        );
    }

    /** Filters usable by name alone in an analyzer definition, as in the distribution (the server itself pre-configures {@code lowercase}). */
    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            PreConfiguredTokenFilter.singleton("arabic_normalization", true, ArabicNormalizationFilter::new),
            PreConfiguredTokenFilter.singleton("arabic_stem", false, ArabicStemFilter::new),
            PreConfiguredTokenFilter.singleton("persian_normalization", true, PersianNormalizationFilter::new),
            PreConfiguredTokenFilter.singleton("persian_stem", false, PersianStemFilter::new),
            PreConfiguredTokenFilter.singleton("decimal_digit", true, DecimalDigitFilter::new),
            PreConfiguredTokenFilter.singleton("elision", true, frenchElision()),
            PreConfiguredTokenFilter.singleton("porter_stem", false, StemmerTokenFilterFactory.stemmerFor("porter"))
        );
    }

    private static Function<TokenStream, TokenStream> frenchElision() {
        return input -> new ElisionFilter(input, FrenchAnalyzer.DEFAULT_ARTICLES);
    }
}
