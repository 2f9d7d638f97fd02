package io.marsad.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;
import io.marsad.local.testing.Tokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import io.marsad.support.elasticsearch.ArticleIndices;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The packaged search and alerting services as real processes on the test servers, each system
 * test with databases of its own (the Elasticsearch node is shared: tests use words of their own),
 * and the two things enrichment would do for them: index articles under the article template, and
 * hand them off to alerting in the order they became searchable.
 */
final class SearchAndAlerting implements AutoCloseable {

    final URI elasticsearch;
    final String realm;
    final String searchUrl;
    final String alertingUrl;
    final String alertingDatabase;
    private final ManagedProcess search;
    private final ManagedProcess alerting;

    private SearchAndAlerting(URI elasticsearch, String realm, String searchUrl, ManagedProcess search, String alertingUrl,
                              String alertingDatabase, ManagedProcess alerting) {
        this.elasticsearch = elasticsearch;
        this.realm = realm;
        this.searchUrl = searchUrl;
        this.search = search;
        this.alertingUrl = alertingUrl;
        this.alertingDatabase = alertingDatabase;
        this.alerting = alerting;
    }

    /**
     * @param name             names the test's databases and log folder
     * @param alertingSettings environment variables for alerting beyond those that wire it up
     */
    static SearchAndAlerting start(String name, Map<String, String> alertingSettings) {
        URI elasticsearch = TestServers.elasticsearch();
        String realm = TestServers.keycloak() + "/realms/marsad";
        String alertingDatabase = TestServers.postgresDatabase("alerting_" + name);
        Path root = Path.of(System.getProperty("marsad.root", "../.."));
        Path logs = Path.of("target", "system-it", name);

        int searchPort = Ports.freeLoopbackPort();
        String searchUrl = "http://127.0.0.1:" + searchPort;
        ManagedProcess search = PackagedService.start("search", root.resolve("services/search/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(searchPort),
            "QUARKUS_DATASOURCE_JDBC_URL", TestServers.postgresDatabase("search_" + name),
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm,
            "MARSAD_ELASTICSEARCH_HOSTS", elasticsearch.toString()), searchPort, logs);

        int alertingPort = Ports.freeLoopbackPort();
        Map<String, String> env = new HashMap<>(alertingSettings);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(alertingPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", alertingDatabase);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realm);
        env.put("MARSAD_SERVICES_SEARCH_URL", searchUrl);
        env.putIfAbsent("MARSAD_ALERTING_START_DELAY", "1s");
        ManagedProcess alerting;
        try {
            alerting = PackagedService.start("alerting", root.resolve("services/alerting/target/quarkus-app/quarkus-run.jar"), env, alertingPort,
                logs);
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
        return new SearchAndAlerting(elasticsearch, realm, searchUrl, search, "http://127.0.0.1:" + alertingPort, alertingDatabase, alerting);
    }

    /** An article as enrichment indexes it, published at {@code published}, searchable three minutes later. */
    static ArticleDocument article(String story, String language, String title, String body, Instant published) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return ArticleDocument.builder().id(id).url("https://news.example.org/" + id).canonicalUrl("https://news.example.org/" + id)
            .sourceName("Example " + language).site("news.example.org").title(title).body(body).language(language).storyId(story)
            .publishedAt(published).fetchedAt(published.plusSeconds(60)).indexedAt(published.plusSeconds(180))
            .entities(List.of()).keywords(List.of()).build();
    }

    /** Indexes the articles under the article template, searchable when this returns. */
    void index(List<ArticleDocument> articles) {
        RestAssured.given().contentType(ContentType.JSON).body(ArticleIndices.templateJson(0))
            .put(elasticsearch + "/_index_template/" + ArticleIndices.TEMPLATE).then().statusCode(200);
        StringBuilder bulk = new StringBuilder();
        for (ArticleDocument article : articles) {
            bulk.append("{\"index\":{\"_index\":\"").append(indexOf(article)).append("\",\"_id\":\"").append(article.id()).append("\"}}\n")
                .append(json(article)).append('\n');
        }
        String answer = RestAssured.given().contentType("application/x-ndjson").body(bulk.toString().getBytes(StandardCharsets.UTF_8))
            .queryParam("refresh", "true").post(elasticsearch + "/_bulk").then().statusCode(200).extract().asString();
        assertFalse(answer.contains("\"errors\":true"), answer);
    }

    /** One article per request, in the order they became searchable, as enrichment's relay would send them. */
    void handOff(List<ArticleDocument> articles) throws Exception {
        String pipeline = Tokens.pipelineToken(realm);
        ObjectMapper mapper = mapper();
        for (ArticleDocument article : articles.stream().sorted(Comparator.comparing(ArticleDocument::indexedAt)).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sent = mapper.readValue(json(article), Map.class);
            sent.replaceAll((field, value) -> value == null && isList(field) ? List.of() : value);
            sent.keySet().removeAll(article.textInLanguage().keySet()); // the index's copies, not part of the hand-off contract
            sent.put("index", indexOf(article));
            RestAssured.given().auth().oauth2(pipeline).contentType(ContentType.JSON).body(Map.of("articles", List.of(sent)))
                .post(alertingUrl + "/api/articles").then().statusCode(202);
        }
    }

    @Override
    public void close() {
        alerting.close();
        search.close();
    }

    private static String indexOf(ArticleDocument article) {
        return ArticleIndices.indexOf(YearMonth.from(article.publishedAt().atZone(ZoneOffset.UTC)));
    }

    private static boolean isList(String field) {
        return List.of("authors", "tags", "keywords", "entities", "persons", "organizations", "locations", "candidateNames").contains(field);
    }

    private static String json(ArticleDocument article) {
        try {
            return mapper().writeValueAsString(article);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
