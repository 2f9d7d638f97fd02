package io.marsad.text;

import java.util.List;

/**
 * One analysis chain, described once and built twice: as a Lucene {@link org.apache.lucene.analysis.Analyzer}
 * for the services ({@link MarsadAnalyzers}) and as an Elasticsearch custom analyzer for the index
 * ({@link ElasticsearchAnalysis}). Every chain starts with the script folding of
 * {@link ArabicScriptFolding} as a mapping char filter and the standard tokenizer.
 *
 * @param name    the analyzer's name in the index settings, e.g. {@code marsad_ar}
 * @param filters token filters in order, by their Elasticsearch names ({@link TokenFilterStep})
 */
public record AnalysisChain(String name, String language, List<TokenFilterStep> filters) {

    /** The token filters Marsad's chains use, with the Elasticsearch definition each stands for. */
    public enum TokenFilterStep {
        LOWERCASE("lowercase", null),
        ASCII_FOLDING("asciifolding", null),
        DECIMAL_DIGIT("decimal_digit", null),
        ARABIC_NORMALIZATION("arabic_normalization", null),
        PERSIAN_NORMALIZATION("persian_normalization", null),
        ARABIC_STEM("arabic_stem", null),
        ENGLISH_POSSESSIVE("marsad_english_possessive", "{\"type\": \"stemmer\", \"language\": \"possessive_english\"}"),
        LIGHT_ENGLISH("marsad_light_english", "{\"type\": \"stemmer\", \"language\": \"light_english\"}"),
        FRENCH_ELISION("marsad_french_elision", "{\"type\": \"elision\", \"articles_case\": true, \"articles\": "
            + "[\"l\", \"m\", \"t\", \"qu\", \"n\", \"s\", \"j\", \"d\", \"c\", \"jusqu\", \"quoiqu\", \"lorsqu\", \"puisqu\"]}"),
        LIGHT_FRENCH("marsad_light_french", "{\"type\": \"stemmer\", \"language\": \"light_french\"}"),
        LIGHT_RUSSIAN("marsad_light_russian", "{\"type\": \"stemmer\", \"language\": \"light_russian\"}");

        private final String elasticsearchName;
        private final String definition;

        TokenFilterStep(String elasticsearchName, String definition) {
            this.elasticsearchName = elasticsearchName;
            this.definition = definition;
        }

        /** The name an analyzer refers to the filter by. */
        public String elasticsearchName() {
            return elasticsearchName;
        }

        /** A custom filter's JSON definition, or null for a built-in used by name. */
        public String definition() {
            return definition;
        }
    }
}
