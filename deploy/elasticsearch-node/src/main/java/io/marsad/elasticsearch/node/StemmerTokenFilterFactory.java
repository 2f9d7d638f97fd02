package io.marsad.elasticsearch.node;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.util.Locale;
import java.util.function.Function;

/**
 * {@code stemmer} for the languages Marsad indexes. Each {@code language} (or {@code name}) value
 * maps to the same Lucene stemmer as in the distribution; other values are refused.
 */
class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Function<TokenStream, TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
        this.stemmer = stemmerFor(settings.get("language", settings.get("name", "porter")));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }

    static Function<TokenStream, TokenStream> stemmerFor(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "porter", "english" -> PorterStemFilter::new;
            case "porter2" -> input -> new SnowballFilter(input, new EnglishStemmer());
            case "light_english", "kstem" -> KStemFilter::new;
            case "minimal_english" -> EnglishMinimalStemFilter::new;
            case "possessive_english" -> EnglishPossessiveFilter::new;
            case "arabic" -> ArabicStemFilter::new;
            case "persian" -> PersianStemFilter::new;
            case "french" -> input -> new SnowballFilter(input, new FrenchStemmer());
            case "light_french" -> FrenchLightStemFilter::new;
            case "minimal_french" -> FrenchMinimalStemFilter::new;
            case "russian" -> input -> new SnowballFilter(input, new RussianStemmer());
            case "light_russian" -> RussianLightStemFilter::new;
            default -> throw new IllegalArgumentException(
                "stemmer language [" + language + "] is not provided by the embedded node's analysis plugin; see docs/elasticsearch-embedded.md"
            );
        };
    }
}
