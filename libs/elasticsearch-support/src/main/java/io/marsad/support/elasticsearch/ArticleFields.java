package io.marsad.support.elasticsearch;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names of the article index's fields that queries, facets and sorts refer to, and the analysed
 * sub-fields of its text fields with the libs/text chain each is indexed with. Spelled here once;
 * {@code ArticleDocumentTemplateTest} checks every name against {@code articles-template.json}.
 */
public final class ArticleFields {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String SOURCE_NAME = "sourceName";
    public static final String SITE = "site";
    public static final String LANGUAGE = "language";
    public static final String ENTITIES = "entities";
    public static final String PERSONS = "persons";
    public static final String ORGANIZATIONS = "organizations";
    public static final String LOCATIONS = "locations";
    public static final String TAGS = "tags";
    public static final String KEYWORDS = "keywords";
    public static final String STORY_ID = "storyId";
    public static final String PUBLISHED_AT = "publishedAt";

    /** Keyword fields whose values the index folds with the {@code marsad_keyword} normalizer (queries must fold theirs alike). */
    public static final List<String> NORMALISED_KEYWORDS = List.of(SOURCE_NAME, "siteName", "authors", TAGS, KEYWORDS, "section");

    /** The analysed text fields. */
    public static final List<String> TEXT = List.of(TITLE, BODY);

    /**
     * The languages with an analysis chain of their own (stemming, stop words). An article in one of
     * them is indexed under the folded text fields and under its language's ({@code title_ar},
     * {@code body_ar} …) only; an article in any other language, or of unknown language, under the
     * folded ones alone. Queries search all of them, so a word is found in every language.
     */
    public static final List<String> LANGUAGES = List.of("ar", "fa", "en", "fr", "ru");

    /** An analysed (sub-)field of the index and the libs/text chain that analysed it. */
    public record AnalysedField(String name, AnalysisChain chain) {}

    /** Per text field, its analysed fields, built once: search and alerting ask for them per hit and per article. */
    private static final Map<String, List<AnalysedField>> ANALYSED = TEXT.stream()
        .collect(Collectors.toUnmodifiableMap(text -> text, ArticleFields::build));

    private ArticleFields() {}

    /** Every analysed field of a text field's text ({@code title}, {@code title_ar} …), folded first. */
    public static List<AnalysedField> analysed(String textField) {
        List<AnalysedField> fields = ANALYSED.get(textField);
        if (fields == null) {
            throw new IllegalArgumentException("not a text field of the article index: " + textField);
        }
        return fields;
    }

    /**
     * The analysed fields that hold a text field's text for an article in {@code language}: the
     * folded field, and the language's own when it has a chain.
     */
    public static List<AnalysedField> analysedFor(String textField, String language) {
        List<AnalysedField> fields = analysed(textField);
        int own = LANGUAGES.indexOf(language);
        return own < 0 ? fields.subList(0, 1) : List.of(fields.get(0), fields.get(1 + own));
    }

    private static List<AnalysedField> build(String textField) {
        List<AnalysedField> fields = new ArrayList<>();
        fields.add(new AnalysedField(textField, MarsadAnalyzers.chain("marsad_folded")));
        LANGUAGES.forEach(language -> fields.add(new AnalysedField(inLanguage(textField, language), MarsadAnalyzers.chain("marsad_" + language))));
        return List.copyOf(fields);
    }

    /** The field holding a text field's text analysed by a language's chain, e.g. {@code body_ar}. */
    public static String inLanguage(String textField, String language) {
        return textField + "_" + language;
    }

    /** Whether the index normalises the keyword field's values (and so a query's value must be normalised too). */
    public static boolean isNormalised(String keywordField) {
        return NORMALISED_KEYWORDS.contains(keywordField);
    }
}
