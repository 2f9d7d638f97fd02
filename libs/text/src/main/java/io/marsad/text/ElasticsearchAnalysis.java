package io.marsad.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code analysis} section of Marsad's index settings, rendered from {@link MarsadAnalyzers#CHAINS}
 * and {@link ArabicScriptFolding}: the index analyses text exactly as the services do. Uses only
 * components of Elasticsearch's standard distribution (analysis-common).
 */
public final class ElasticsearchAnalysis {

    private ElasticsearchAnalysis() {}

    /** {@code {"char_filter": …, "filter": …, "analyzer": …}} as JSON. */
    public static String settingsJson() {
        String mappings = ArabicScriptFolding.elasticsearchMappingRules().stream().map(ElasticsearchAnalysis::quote).collect(Collectors.joining(", "));
        Map<String, String> customFilters = new LinkedHashMap<>();
        for (AnalysisChain chain : MarsadAnalyzers.CHAINS) {
            for (AnalysisChain.TokenFilterStep step : chain.filters()) {
                if (step.definition() != null) {
                    customFilters.put(step.elasticsearchName(), step.definition());
                }
            }
        }
        String filters = customFilters.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(",\n    "));
        String analyzers = MarsadAnalyzers.CHAINS.stream().map(chain -> quote(chain.name()) + ": {\"type\": \"custom\", \"char_filter\": ["
                + quote(MarsadAnalyzers.FOLDING_CHAR_FILTER) + "], \"tokenizer\": \"standard\", \"filter\": ["
                + chain.filters().stream().map(f -> quote(f.elasticsearchName())).collect(Collectors.joining(", ")) + "]}")
            .collect(Collectors.joining(",\n    "));
        String normalizer = quote(MarsadAnalyzers.KEYWORD_NORMALIZER) + ": {\"type\": \"custom\", \"char_filter\": ["
            + quote(MarsadAnalyzers.FOLDING_CHAR_FILTER) + "], \"filter\": ["
            + MarsadAnalyzers.KEYWORD_FILTERS.stream().map(f -> quote(f.elasticsearchName())).collect(Collectors.joining(", ")) + "]}";
        return "{\n  \"char_filter\": {\n    " + quote(MarsadAnalyzers.FOLDING_CHAR_FILTER) + ": {\"type\": \"mapping\", \"mappings\": [" + mappings + "]}\n  },\n"
            + "  \"filter\": {\n    " + filters + "\n  },\n"
            + "  \"analyzer\": {\n    " + analyzers + "\n  },\n"
            + "  \"normalizer\": {\n    " + normalizer + "\n  }\n}";
    }

    /** The analyzer names, for mappings. */
    public static List<String> analyzerNames() {
        return MarsadAnalyzers.CHAINS.stream().map(AnalysisChain::name).toList();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
