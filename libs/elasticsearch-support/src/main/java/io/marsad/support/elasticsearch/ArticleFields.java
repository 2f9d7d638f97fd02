package io.marsad.support.elasticsearch;

import io.marsad.text.AnalysisChain;
import io.marsad.text.MarsadAnalyzers;

import java.util.List;

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

    /** Sub-field suffixes of each text field: the folded field itself, then one per language chain. */
    public static final List<String> SUBFIELDS = List.of("", ".ar", ".fa", ".en", ".fr", ".ru");

    /** An analysed (sub-)field of the index and the libs/text chain that analysed it. */
    public record AnalysedField(String name, AnalysisChain chain) {}

    private ArticleFields() {}

    /** Every analysed sub-field of a text field ({@code title}, {@code title.ar} …), folded first. */
    public static List<AnalysedField> analysed(String textField) {
        return SUBFIELDS.stream()
            .map(sub -> new AnalysedField(textField + sub, MarsadAnalyzers.chain(sub.isEmpty() ? "marsad_folded" : "marsad_" + sub.substring(1))))
            .toList();
    }

    /** Whether the index normalises the keyword field's values (and so a query's value must be normalised too). */
    public static boolean isNormalised(String keywordField) {
        return NORMALISED_KEYWORDS.contains(keywordField);
    }
}
