package io.marsad.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each analysis component the embedded node provides in place of the distribution's analysis-common
 * module, exercised through the real node's {@code _analyze} API. Where the Elasticsearch reference
 * documents an example, the expected tokens are that example's.
 */
class AnalysisShimTest {

    static final java.util.Set<String> CONFIGURED_FILTERS = java.util.Set.of("folding_keep", "turkish_lower", "greek_lower",
        "french_elision", "porter", "kstem", "minimal_en", "possessive", "fr", "light_fr", "ru", "ar", "ar_norm", "fa_norm", "digits");

    @BeforeAll
    static void createIndexWithConfiguredComponents() throws Exception {
        ElasticsearchNodeTest.call("PUT", "/analysis-shim", """
            {"settings": {"number_of_replicas": 0, "analysis": {
              "char_filter": {
                "arabic_digits": {"type": "mapping", "mappings": ["٠ => 0","١ => 1","٢ => 2","٣ => 3","٤ => 4","٥ => 5","٦ => 6","٧ => 7","٨ => 8","٩ => 9"]},
                "emoticons": {"type": "mapping", "mappings": [":) => _happy_", ":( => _sad_"]},
                "escapes": {"type": "mapping", "mappings": ["\\\\u0640 => ", "a\\\\tb => ab"]}
              },
              "filter": {
                "folding_keep": {"type": "asciifolding", "preserve_original": true},
                "turkish_lower": {"type": "lowercase", "language": "turkish"},
                "greek_lower": {"type": "lowercase", "language": "greek"},
                "french_elision": {"type": "elision", "articles": ["l", "j", "qu"], "articles_case": true},
                "porter": {"type": "stemmer", "language": "english"},
                "kstem": {"type": "stemmer", "language": "light_english"},
                "minimal_en": {"type": "stemmer", "language": "minimal_english"},
                "possessive": {"type": "stemmer", "language": "possessive_english"},
                "fr": {"type": "stemmer", "language": "french"},
                "light_fr": {"type": "stemmer", "language": "light_french"},
                "ru": {"type": "stemmer", "language": "russian"},
                "ar": {"type": "stemmer", "language": "arabic"},
                "ar_norm": {"type": "arabic_normalization"},
                "fa_norm": {"type": "persian_normalization"},
                "digits": {"type": "decimal_digit"}
              }
            }}}""");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // Reference examples of the Elasticsearch documentation
        "standard  | lowercase              | THE Quick FoX JUMPs        | the quick fox jumps",
        "standard  | asciifolding           | açaí à la carte            | acai a la carte",
        "standard  | porter_stem            | the foxes jumping quickly  | the fox jump quickli",
        "standard  | porter                 | the foxes jumping quickly  | the fox jump quickli",
        "standard  | elision                | j’examine près du wharf    | examine près du wharf",
        "whitespace| decimal_digit          | १-one two-२ ३              | 1-one two-2 3",
        // Configured variants
        "standard  | folding_keep           | açaí                       | acai açaí",
        "standard  | turkish_lower          | İSTANBUL                   | istanbul",
        "standard  | greek_lower            | ΑΘΗΝΑ                      | αθηνα",
        "standard  | french_elision         | l'avion qu'il              | avion il",
        "standard  | kstem                  | jumping                    | jump",
        "standard  | minimal_en             | cats                       | cat",
        "standard  | possessive             | John's                     | John",
        "standard  | fr                     | continuellement            | continuel",
        "standard  | light_fr               | chevaux                    | cheval",
        "standard  | ru                     | книгами                    | книг",
        // Arabic and Persian chain members
        "standard  | arabic_normalization   | أحمد إسلام آمن مكتبة على   | احمد اسلام امن مكتبه علي",
        "standard  | ar_norm                | الكتـــاب                  | الكتاب",
        "standard  | arabic_stem            | الكتاب والمكتبات           | كتاب مكتب",
        "standard  | ar                     | الكتاب                     | كتاب",
        "standard  | persian_normalization  | کتاب ی                     | كتاب ي",
        "standard  | fa_norm                | کتاب                       | كتاب",
        "standard  | digits                 | ٢٠٢٤ ۱۴۰۲                  | 2024 1402",
    })
    void tokenFilterBehavesLikeItsNamesake(String tokenizer, String filter, String text, String expected) throws Exception {
        // Built-in names are looked up globally, as in the reference's examples; configured ones in the index.
        String path = CONFIGURED_FILTERS.contains(filter) ? "/analysis-shim/_analyze" : "/_analyze";
        JsonNode result = ElasticsearchNodeTest.call("POST", path,
            "{\"tokenizer\": \"" + tokenizer + "\", \"filter\": [\"" + filter + "\"], \"text\": " + quote(text) + "}");
        assertEquals(expected, tokens(result));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "arabic_digits | My license plate is ٢٥٠١٥   | keyword  | My license plate is 25015",
        "emoticons     | I'm delighted about it :(   | standard | I'm delighted about it _sad_",
        "escapes       | كتـــاب                      | keyword  | كتاب",
    })
    void mappingCharFilterBehavesLikeItsNamesake(String charFilter, String text, String tokenizer, String expected) throws Exception {
        JsonNode result = ElasticsearchNodeTest.call("POST", "/analysis-shim/_analyze",
            "{\"tokenizer\": \"" + tokenizer + "\", \"char_filter\": [\"" + charFilter + "\"], \"text\": " + quote(text) + "}");
        assertEquals(expected, tokens(result));
    }

    private static String quote(String text) throws Exception {
        return ElasticsearchNodeTest.JSON.writeValueAsString(text);
    }

    private static String tokens(JsonNode analyzeResponse) {
        List<String> tokens = new ArrayList<>();
        analyzeResponse.path("tokens").forEach(token -> tokens.add(token.path("token").asText()));
        return String.join(" ", tokens);
    }
}
