package io.marsad.support.elasticsearch;

import java.time.Instant;
import java.util.List;

/**
 * An article as it is indexed in {@code articles-*}: the one definition of the indexed article.
 * Enrichment writes it, search and alerting read it; its JSON is the document's {@code _source}.
 * {@code ArticleDocumentTemplateTest} keeps its components and the index template's properties the
 * same set, with matching types, so neither can change alone.
 *
 * @param id               the article id (32 hex digits, also the document id)
 * @param url              the address it was fetched from
 * @param canonicalUrl     the page's canonical address
 * @param site             the canonical URL's host without {@code www.}, for {@code site:} queries
 * @param language         the identified language (ISO 639-1), or null when unknown
 * @param languageDeclared what the page claimed, kept apart from what was identified
 * @param script           the dominant script ({@code Arab}, {@code Latn}, {@code Cyrl} …)
 * @param entities         knowledge-base ids of the entities named ({@code person:putin})
 * @param persons          the names of the people named, as the knowledge base spells them in English
 * @param candidateNames   names the title suggests that the knowledge base lacks
 * @param keywords         the page's tags first, then the best TF-IDF terms
 * @param storyId          the story (group of near-duplicates) the article belongs to
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true) // the language fields below are written, never read
public record ArticleDocument(
    String id,
    String url,
    String canonicalUrl,
    Long sourceId,
    String sourceName,
    String siteName,
    String site,
    String title,
    String body,
    List<String> authors,
    List<String> tags,
    List<String> keywords,
    String section,
    String language,
    String languageDeclared,
    String languageHint,
    String countryHint,
    String script,
    List<String> entities,
    List<String> persons,
    List<String> organizations,
    List<String> locations,
    List<String> candidateNames,
    String storyId,
    String leadImage,
    Instant publishedAt,
    Instant modifiedAt,
    Instant fetchedAt,
    Instant indexedAt) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().id(id).url(url).canonicalUrl(canonicalUrl).sourceId(sourceId).sourceName(sourceName).siteName(siteName)
            .site(site).title(title).body(body).authors(authors).tags(tags).keywords(keywords).section(section).language(language)
            .languageDeclared(languageDeclared).languageHint(languageHint).countryHint(countryHint).script(script).entities(entities)
            .persons(persons).organizations(organizations).locations(locations).candidateNames(candidateNames).storyId(storyId)
            .leadImage(leadImage).publishedAt(publishedAt).modifiedAt(modifiedAt).fetchedAt(fetchedAt).indexedAt(indexedAt);
    }

    /**
     * How long after its publication the article got to {@code at} (searchable, alerted): the
     * platform's freshness. Empty when the page gave no publication time, or one after {@code at}
     * (a wrong time zone or clock on the site), which would say nothing true.
     */
    public java.util.Optional<java.time.Duration> sincePublication(Instant at) {
        return publishedAt == null || publishedAt.isAfter(at) ? java.util.Optional.empty()
            : java.util.Optional.of(java.time.Duration.between(publishedAt, at));
    }

    /**
     * The title and body again under the fields of the article's language ({@code title_ar},
     * {@code body_ar} …; none for a language without a chain of its own), written beside the
     * record's components: the index analyses each article's text by its own language's chain only
     * ({@link ArticleFields#analysedFor}). Readers ignore them; they are the same text.
     */
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public java.util.Map<String, String> textInLanguage() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (language != null && ArticleFields.LANGUAGES.contains(language)) {
            if (title != null) {
                fields.put(ArticleFields.inLanguage(ArticleFields.TITLE, language), title);
            }
            if (body != null) {
                fields.put(ArticleFields.inLanguage(ArticleFields.BODY, language), body);
            }
        }
        return fields;
    }

    /**
     * A writer of articles as their record components only, without {@link #textInLanguage()}'s
     * copies: for stores other than the index (alerting's inbox), where the copies would only double
     * the text kept. Build it once; it copies the mapper.
     */
    public static com.fasterxml.jackson.databind.ObjectWriter writerWithoutLanguageCopies(com.fasterxml.jackson.databind.ObjectMapper json) {
        return json.copy().addMixIn(ArticleDocument.class, WithoutLanguageCopies.class).writerFor(ArticleDocument.class);
    }

    private abstract static class WithoutLanguageCopies {
        @com.fasterxml.jackson.annotation.JsonAnyGetter(enabled = false)
        public abstract java.util.Map<String, String> textInLanguage();
    }

    /** The title and body as one text (title first), for analyses that read both. */
    public String fullText() {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** Builds an {@link ArticleDocument}; lists are copied, null stays null. */
    public static final class Builder {
        private String id;
        private String url;
        private String canonicalUrl;
        private Long sourceId;
        private String sourceName;
        private String siteName;
        private String site;
        private String title;
        private String body;
        private List<String> authors;
        private List<String> tags;
        private List<String> keywords;
        private String section;
        private String language;
        private String languageDeclared;
        private String languageHint;
        private String countryHint;
        private String script;
        private List<String> entities;
        private List<String> persons;
        private List<String> organizations;
        private List<String> locations;
        private List<String> candidateNames;
        private String storyId;
        private String leadImage;
        private Instant publishedAt;
        private Instant modifiedAt;
        private Instant fetchedAt;
        private Instant indexedAt;

        private Builder() {}

        public Builder id(String value) { id = value; return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder canonicalUrl(String value) { canonicalUrl = value; return this; }
        public Builder sourceId(Long value) { sourceId = value; return this; }
        public Builder sourceName(String value) { sourceName = value; return this; }
        public Builder siteName(String value) { siteName = value; return this; }
        public Builder site(String value) { site = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder authors(List<String> value) { authors = copy(value); return this; }
        public Builder tags(List<String> value) { tags = copy(value); return this; }
        public Builder keywords(List<String> value) { keywords = copy(value); return this; }
        public Builder section(String value) { section = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder languageDeclared(String value) { languageDeclared = value; return this; }
        public Builder languageHint(String value) { languageHint = value; return this; }
        public Builder countryHint(String value) { countryHint = value; return this; }
        public Builder script(String value) { script = value; return this; }
        public Builder entities(List<String> value) { entities = copy(value); return this; }
        public Builder persons(List<String> value) { persons = copy(value); return this; }
        public Builder organizations(List<String> value) { organizations = copy(value); return this; }
        public Builder locations(List<String> value) { locations = copy(value); return this; }
        public Builder candidateNames(List<String> value) { candidateNames = copy(value); return this; }
        public Builder storyId(String value) { storyId = value; return this; }
        public Builder leadImage(String value) { leadImage = value; return this; }
        public Builder publishedAt(Instant value) { publishedAt = value; return this; }
        public Builder modifiedAt(Instant value) { modifiedAt = value; return this; }
        public Builder fetchedAt(Instant value) { fetchedAt = value; return this; }
        public Builder indexedAt(Instant value) { indexedAt = value; return this; }

        public ArticleDocument build() {
            return new ArticleDocument(id, url, canonicalUrl, sourceId, sourceName, siteName, site, title, body, authors, tags, keywords,
                section, language, languageDeclared, languageHint, countryHint, script, entities, persons, organizations, locations,
                candidateNames, storyId, leadImage, publishedAt, modifiedAt, fetchedAt, indexedAt);
        }

        private static List<String> copy(List<String> values) {
            return values == null ? null : List.copyOf(values);
        }
    }
}
