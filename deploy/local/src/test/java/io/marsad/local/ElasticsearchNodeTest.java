package io.marsad.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.local.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded node is a real Elasticsearch 9.5.3 answering on loopback. */
class ElasticsearchNodeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        URI uri = TestServers.elasticsearch().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json;
    }

    @Test
    void rootAnswersLikeTheDistribution() throws Exception {
        JsonNode root = call("GET", "/", null);
        assertEquals("9.5.3", root.path("version").path("number").asText());
        assertEquals("You Know, for Search", root.path("tagline").asText());
        assertEquals("marsad", root.path("cluster_name").asText());
        assertTrue(root.path("version").path("lucene_version").asText().startsWith("10."));
    }

    @Test
    void indexesAndSearchesArabicText() throws Exception {
        call("PUT", "/smoke", """
            {"settings": {"number_of_replicas": 0, "index.codec": "best_compression"},
             "mappings": {"properties": {"body": {"type": "text"}}}}""");
        call("PUT", "/smoke/_doc/1?refresh=true", """
            {"body": "التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي"}""");
        JsonNode hits = call("POST", "/smoke/_search", """
            {"query": {"match": {"body": "بوتين"}}}""");
        assertEquals(1, hits.path("hits").path("total").path("value").asInt());
        JsonNode health = call("GET", "/_cluster/health/smoke?wait_for_status=green&timeout=10s", null);
        assertEquals("green", health.path("status").asText());
    }
}
