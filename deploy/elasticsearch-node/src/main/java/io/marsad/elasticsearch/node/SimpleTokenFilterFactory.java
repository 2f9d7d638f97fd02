package io.marsad.elasticsearch.node;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import java.util.function.Function;

/** A token filter without parameters: one Lucene filter class, optionally usable in normalizers. */
class SimpleTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Function<TokenStream, TokenStream> filter;

    SimpleTokenFilterFactory(String name, Function<TokenStream, TokenStream> filter) {
        super(name);
        this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }

    static AnalysisProvider<TokenFilterFactory> provider(Function<TokenStream, TokenStream> filter, boolean normalizing) {
        return (indexSettings, environment, name, settings) -> normalizing
            ? new Normalizing(name, filter)
            : new SimpleTokenFilterFactory(name, filter);
    }

    /** Character-level filters may also run on keyword normalizers and multi-term queries. */
    static final class Normalizing extends SimpleTokenFilterFactory implements NormalizingTokenFilterFactory {
        Normalizing(String name, Function<TokenStream, TokenStream> filter) {
            super(name, filter);
        }
    }
}
