package io.marsad.alerting.rest;

import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Subscriptions on the real PostgreSQL and Keycloak: each user's own, admins' overview, every definition checked whole. */
@QuarkusTest
class SubscriptionResourceTest {

    static Map<String, Object> subscription(String name, String query) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("query", query);
        return body;
    }

    static int create(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).body(body)
            .post("/api/subscriptions").then().statusCode(201).body("name", equalTo(body.get("name"))).extract().path("id");
    }

    @Test
    void aUserSeesAndChangesOnlyTheirOwnSubscriptions() {
        int mine = create(Tokens.ANALYST, subscription("Putin and Kim", "بوتين NEAR/5 كيم"));
        int theirs = create(Tokens.OTHER_ANALYST, subscription("Sanctions", "sanction* lang:fr"));

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions").then().statusCode(200)
            .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)));
        for (String method : List.of("GET", "PUT", "DELETE")) {
            given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(subscription("taken over", "x"))
                .request(method, "/api/subscriptions/" + theirs).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/subscriptions/" + theirs + "/webhook-secret").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).get("/api/subscriptions/" + theirs).then().statusCode(200)
            .body("name", equalTo("Sanctions"));

        // admins see everyone's and may read any, but change only their own
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).queryParam("all", true).get("/api/subscriptions").then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).queryParam("all", true).queryParam("size", 200).get("/api/subscriptions")
            .then().statusCode(200).body("items.id", hasItem(mine)).body("items.id", hasItem(theirs));
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).get("/api/subscriptions/" + mine).then().statusCode(200);
        given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).delete("/api/subscriptions/" + mine).then().statusCode(404);

        given().get("/api/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.tampered(Tokens.accessToken(Tokens.ANALYST))).get("/api/subscriptions").then().statusCode(401);
        given().auth().oauth2(Tokens.pipelineToken()).get("/api/subscriptions").then().statusCode(403);

        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).delete("/api/subscriptions/" + theirs).then().statusCode(204);
        given().auth().oauth2(Tokens.accessToken(Tokens.OTHER_ANALYST)).get("/api/subscriptions/" + theirs).then().statusCode(404);
    }

    @Test
    void aFullDefinitionIsKeptAsWrittenWithItsDefaults() {
        Map<String, Object> body = subscription("Gulf digest", "(السعودية OR الإمارات) AND نفط");
        body.put("languages", List.of("ar"));
        body.put("mode", "digest");
        body.put("digest", Map.of("period", "daily", "hour", 7));
        body.put("timeZone", "Asia/Riyadh");
        body.put("channels", Map.of("inApp", false, "emails", List.of("desk@news.example.org"),
            "webhook", Map.of("url", "http://127.0.0.1:9/hooks/marsad")));
        int id = create(Tokens.ANALYST, body);
        String secret = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + id).then().statusCode(200)
            .body("kind", equalTo("keyword")).body("mode", equalTo("digest")).body("digest.period", equalTo("daily"))
            .body("digest.hour", equalTo(7)).body("timeZone", equalTo("Asia/Riyadh")).body("languages", equalTo(List.of("ar")))
            .body("channels.inApp", equalTo(false)).body("channels.emails", equalTo(List.of("desk@news.example.org")))
            .body("channels.webhook.url", equalTo("http://127.0.0.1:9/hooks/marsad"))
            .body("channels.webhook.secret", startsWith("whsec_")).body("active", equalTo(true))
            .extract().path("channels.webhook.secret");

        body.put("active", false); // muted; the same webhook keeps its secret
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).put("/api/subscriptions/" + id)
            .then().statusCode(200).body("active", equalTo(false)).body("channels.webhook.secret", equalTo(secret));
        String rotated = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/subscriptions/" + id + "/webhook-secret")
            .then().statusCode(200).extract().path("channels.webhook.secret");
        assertNotEquals(secret, rotated);

        int plain = create(Tokens.ANALYST, subscription("Plain", "Putin"));
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + plain).then().statusCode(200)
            .body("mode", equalTo("realtime")).body("digest", nullValue()).body("timeZone", equalTo("UTC"))
            .body("channels.inApp", equalTo(true)).body("channels.webhook", nullValue()).body("active", equalTo(true))
            .body("createdAt", notNullValue());
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).post("/api/subscriptions/" + plain + "/webhook-secret")
            .then().statusCode(400).body("errors[0].field", equalTo("channels.webhook"));
    }

    @Test
    void badDefinitionsAreRefusedNamingTheField() {
        refused(subscription("broken", "(putin OR kim"), "query", "at character");
        refused(subscription("only not", "NOT putin"), "query", "at least one word");
        refused(subscription("lone minus", "putin - kim"), "query", "write -word");
        refused(with(subscription("digest", "putin"), "mode", "digest"), "digest.period", "hourly or daily");
        refused(with(with(subscription("daily", "putin"), "mode", "digest"), "digest", Map.of("period", "daily")), "digest.hour", "hour");
        refused(with(subscription("no digest", "putin"), "digest", Map.of("period", "hourly")), "digest", "only a digest");
        refused(with(subscription("weekly", "putin"), "mode", "weekly"), "mode", "realtime or digest");
        refused(with(subscription("tz", "putin"), "timeZone", "Mars/Olympus"), "timeZone", "time zone");
        refused(with(subscription("silent", "putin"), "channels", Map.of("inApp", false)), "channels", "at least one channel");
        refused(with(subscription("mail", "putin"), "channels", Map.of("emails", List.of("not an address"))), "channels.emails[0]", "");
        refused(with(subscription("ftp", "putin"), "channels", Map.of("webhook", Map.of("url", "ftp://example.org/x"))),
            "channels.webhook.url", "http or https");
        // the address guard (libs/address-guard) refuses private receivers however they are written
        for (String url : List.of("http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data/", "http://0xa9fea9fe/",
            "http://[::ffff:a9fe:a9fe]/", "http://192.168.1.1/", "http://localhost./", "http://metadata.google.internal/", "http://intranet/hook")) {
            refused(with(subscription("ssrf", "putin"), "channels", Map.of("webhook", Map.of("url", url))), "channels.webhook.url", "not allowed");
        }
        refused(subscription("", "putin"), "name", "");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body("{\"name\": \"x\", ")
            .post("/api/subscriptions").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/999999999").then().statusCode(404);
    }

    @Test
    void aBacktestChecksTheDraftBeforeAskingSearchAndSaysWhenSearchIsAway() {
        previewRefused(Map.of("query", "(putin OR kim"), "query", "at character");
        previewRefused(Map.of("query", "putin", "days", 0), "days", "");
        previewRefused(Map.of("query", "putin", "days", 31), "days", "between 1 and 30");
        previewRefused(Map.of("query", "putin", "sample", 21), "sample", "");
        previewRefused(Map.of("query", "putin", "timeZone", "Mars/Olympus"), "timeZone", "time zone");
        previewRefused(Map.of("name", "no query"), "query", "");
        given().contentType(ContentType.JSON).body(Map.of("query", "putin")).post("/api/subscriptions/preview")
            .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.pipelineToken()).contentType(ContentType.JSON).body(Map.of("query", "putin"))
            .post("/api/subscriptions/preview").then().statusCode(403);
        // this module's tests run no search service (deploy/system-tests backtests against a real one): a clear 503
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON)
            .body(subscription("a whole draft as it would be saved", "putin")).post("/api/subscriptions/preview")
            .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
            .body("detail", containsString("search service"));
    }

    static void previewRefused(Map<String, Object> body, String field, String message) {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).post("/api/subscriptions/preview")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    static void refused(Map<String, Object> body, String field, String message) {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body).post("/api/subscriptions")
            .then().statusCode(400).contentType("application/problem+json")
            .body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
    }
}
