package io.marsad.support.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.support.elasticsearch.ArticleFields.AnalysedField;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed article and the index template are one contract: the record's components and the
 * template's properties are the same set with matching types, the field names that queries use
 * exist with the analysis they assume, and the record's JSON has exactly the template's names.
 */
class ArticleDocumentTemplateTest {

    static final JsonNode PROPERTIES = properties();

    @Test
    void theRecordAndTheTemplateHaveTheSameFieldsWithMatchingTypes() {
        Map<String, String> fromRecord = new TreeMap<>();
        for (RecordComponent component : ArticleDocument.class.getRecordComponents()) {
            fromRecord.put(component.getName(), javaType(component.getGenericType()));
        }
        for (String text : ArticleFields.TEXT) {
            ArticleFields.LANGUAGES.forEach(language -> fromRecord.put(ArticleFields.inLanguage(text, language), "String"));
        }
        Map<String, String> fromTemplate = new TreeMap<>();
        PROPERTIES.properties().forEach(property -> fromTemplate.put(property.getKey(), javaTypeOf(property.getKey(), property.getValue())));
        assertEquals(fromTemplate, fromRecord);
    }

    @Test
    void theRefreshIntervalIsTheResourcesUnlessOneIsGivenAndAMalformedOneIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(ArticleIndices.DEFAULT_REFRESH_INTERVAL,
            json.readTree(ArticleIndices.templateJson(0)).path("template").path("settings").path("refresh_interval").asText());
        assertEquals("30s", json.readTree(ArticleIndices.templateJson(1, "30s")).path("template").path("settings").path("refresh_interval").asText());
        assertEquals("-1", json.readTree(ArticleIndices.templateJson(1, "-1")).path("template").path("settings").path("refresh_interval").asText());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> ArticleIndices.templateJson(0, "5 seconds"));
        assertTrue(refused.getMessage().contains("5 seconds"), refused.getMessage());
    }

    @Test
    void theRecordsJsonHasTheTemplatesPropertyNamesWithItsTextUnderItsLanguageOnly() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ArticleDocument full = fullyFilled();
        JsonNode written = json.readTree(json.writeValueAsString(full));
        Set<String> names = new TreeSet<>();
        written.fieldNames().forEachRemaining(names::add);
        Set<String> expected = new TreeSet<>();
        PROPERTIES.fieldNames().forEachRemaining(expected::add);
        expected.removeIf(name -> name.matches("(title|body)_(ar|fa|fr|ru)"));
        assertEquals(expected, names, "the English article's text is under the English fields, not the others");
        assertEquals(full.title(), written.path("title_en").asText());
        assertEquals(full.body(), written.path("body_en").asText());
        assertEquals(full, json.readValue(json.writeValueAsString(full), ArticleDocument.class), "reads back what it wrote");
        assertEquals(full, full.toBuilder().build(), "the builder carries every field");

        ArticleDocument german = full.toBuilder().language("de").build();
        JsonNode germanJson = json.readTree(json.writeValueAsString(german));
        assertTrue(ArticleFields.LANGUAGES.stream().noneMatch(language -> germanJson.has(ArticleFields.inLanguage(ArticleFields.BODY, language))),
            "a language without a chain of its own: the folded fields only");
        ArticleDocument unknown = full.toBuilder().language(null).build();
        JsonNode unknownJson = json.readTree(json.writeValueAsString(unknown));
        assertTrue(ArticleFields.LANGUAGES.stream().noneMatch(language -> unknownJson.has(ArticleFields.inLanguage(ArticleFields.TITLE, language))),
            "no language: the folded fields only");
    }

    @Test
    void theWriterForOtherStoresLeavesTheLanguageCopiesOutAndReadsBackTheSameArticle() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ArticleDocument full = fullyFilled();
        String plain = ArticleDocument.writerWithoutLanguageCopies(json).writeValueAsString(full);
        JsonNode written = json.readTree(plain);
        assertTrue(ArticleFields.LANGUAGES.stream().noneMatch(language -> written.has(ArticleFields.inLanguage(ArticleFields.BODY, language))
            || written.has(ArticleFields.inLanguage(ArticleFields.TITLE, language))), plain);
        assertEquals(full, json.readValue(plain, ArticleDocument.class));
        assertTrue(json.readTree(json.writeValueAsString(full)).has("body_en"), "the mapper itself still writes the copies for the index");
    }

    @Test
    void theFieldNamesQueriesUseExistWithTheAnalysisTheyAssume() throws Exception {
        for (Field constant : ArticleFields.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                String name = (String) constant.get(null);
                assertTrue(PROPERTIES.has(name), constant.getName() + " = " + name + " is not in the template");
            }
        }
        for (String text : ArticleFields.TEXT) {
            assertTrue(!PROPERTIES.path(text).has("fields"), text + " has no sub-fields: each language's analysis is a field of its own");
            for (AnalysedField analysed : ArticleFields.analysed(text)) {
                JsonNode mapping = PROPERTIES.path(analysed.name());
                assertEquals("text", mapping.path("type").asText(), analysed.name());
                assertEquals(analysed.chain().name(), mapping.path("analyzer").asText(), analysed.name() + "'s analyzer");
            }
        }
        Set<String> normalised = new TreeSet<>();
        PROPERTIES.properties().forEach(p -> {
            if (p.getValue().has("normalizer")) {
                assertEquals("marsad_keyword", p.getValue().path("normalizer").asText(), p.getKey());
                normalised.add(p.getKey());
            }
        });
        assertEquals(new TreeSet<>(ArticleFields.NORMALISED_KEYWORDS), normalised);
    }

    /** The Java type a template property's values take in the record. */
    private static String javaTypeOf(String name, JsonNode mapping) {
        String type = mapping.path("type").asText();
        return switch (type) {
            case "text" -> "String";
            case "keyword" -> MULTI_VALUED.contains(name) ? "List<String>" : "String";
            case "long" -> "Long";
            case "date" -> "Instant";
            default -> throw new AssertionError("no Java type for the template's " + type + " (" + name + ")");
        };
    }

    /** Keyword properties that hold several values (Elasticsearch does not say; the record does, and this list pins it). */
    static final Set<String> MULTI_VALUED = Set.of("authors", "tags", "keywords", "entities", "persons", "organizations", "locations",
        "candidateNames");

    private static String javaType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return ((Class<?>) parameterized.getRawType()).getSimpleName() + "<"
                + ((Class<?>) parameterized.getActualTypeArguments()[0]).getSimpleName() + ">";
        }
        return ((Class<?>) type).getSimpleName();
    }

    private static ArticleDocument fullyFilled() {
        Instant now = Instant.parse("2026-11-30T10:15:30Z");
        return ArticleDocument.builder().id("0123456789abcdef0123456789abcdef").url("https://example.com/a").canonicalUrl("https://example.com/a")
            .sourceId(7L).sourceName("Example").siteName("Example News").site("example.com").title("t").body("b").authors(List.of("A"))
            .tags(List.of("t")).keywords(List.of("k")).section("world").language("en").languageDeclared("en").languageHint("en")
            .countryHint("GB").script("Latn").entities(List.of("person:x")).persons(List.of("X")).organizations(List.of("O"))
            .locations(List.of("L")).candidateNames(List.of("C")).storyId("s").leadImage("https://example.com/i.jpg")
            .publishedAt(now).modifiedAt(now).fetchedAt(now).indexedAt(now).build();
    }

    private static JsonNode properties() {
        try {
            return new ObjectMapper().readTree(ArticleIndices.templateJson(0)).path("template").path("mappings").path("properties");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
