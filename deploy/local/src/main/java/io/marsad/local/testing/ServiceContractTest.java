package io.marsad.local.testing;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every Marsad service promises, checked against the real Elasticsearch, PostgreSQL and
 * Keycloak: health that reflects its dependencies, metrics, OpenAPI, bearer-token security with
 * roles, and problem+json errors. A service's test extends this with {@code @QuarkusTest} and the
 * test resources it needs.
 */
public abstract class ServiceContractTest {

    /** The readiness checks the service must report UP, e.g. "Elasticsearch". */
    protected abstract Set<String> expectedReadinessChecks();

    /** The servers {@code /api/system/dependencies} must report, with the expected version prefix (or "" for any). */
    protected abstract Map<String, String> expectedDependencies();

    @Test
    void readinessReportsEveryDependencyUp() {
        List<Map<String, Object>> checks = given().get("/q/health/ready")
            .then().statusCode(200).body("status", equalTo("UP"))
            .extract().path("checks");
        for (String expected : expectedReadinessChecks()) {
            Map<String, Object> check = checks.stream().filter(c -> expected.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness check named " + expected + " in " + checks));
            assertEquals("UP", check.get("status"), expected + ": " + check);
        }
    }

    @Test
    void exposesPrometheusMetricsAndOpenApiWithoutToken() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/system/info"));
    }

    @Test
    void refusesApiCallsWithoutTokenAsProblem() {
        given().get("/api/system/info")
            .then().statusCode(401)
            .contentType("application/problem+json")
            .header("WWW-Authenticate", startsWith("Bearer"))
            .body("status", equalTo(401))
            .body("title", equalTo("Unauthorized"));
    }

    @Test
    void refusesTamperedToken() {
        String forged = Tokens.tampered(Tokens.accessToken(Tokens.ANALYST));
        given().auth().oauth2(forged).get("/api/system/info")
            .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesGarbageToken() {
        given().auth().oauth2("not-a-jwt").get("/api/system/info")
            .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void acceptsTokenFromKeycloakAndKnowsTheCaller() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/system/info")
            .then().statusCode(200)
            .body("user", equalTo(Tokens.ANALYST))
            .body("roles", hasItem("analyst"))
            .body("roles", not(hasItem("admin")));
    }

    @Test
    void adminOperationsAreForbiddenToAnalysts() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/system/dependencies")
            .then().statusCode(403)
            .contentType("application/problem+json")
            .body("status", equalTo(403))
            .body("instance", equalTo("/api/system/dependencies"));
    }

    @Test
    void adminSeesTheRealServersBehindTheService() {
        List<Map<String, Object>> dependencies = given().auth().oauth2(Tokens.accessToken(Tokens.ADMIN)).get("/api/system/dependencies")
            .then().statusCode(200).contentType(ContentType.JSON)
            .extract().jsonPath().getList("$");
        for (Map.Entry<String, String> expected : expectedDependencies().entrySet()) {
            Map<String, Object> dependency = dependencies.stream().filter(d -> expected.getKey().equals(d.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + expected.getKey() + " in " + dependencies));
            assertEquals(Boolean.TRUE, dependency.get("up"), dependency.toString());
            String version = String.valueOf(dependency.get("version"));
            if (!version.startsWith(expected.getValue())) {
                throw new AssertionError(expected.getKey() + " version " + version + " does not start with " + expected.getValue());
            }
        }
        assertEquals(expectedDependencies().keySet(), Set.copyOf(dependencies.stream().map(d -> (String) d.get("name")).toList()));
    }

    @Test
    void unknownApiPathIsProblem() {
        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/no-such-thing")
            .then().statusCode(404)
            .contentType("application/problem+json")
            .body("status", equalTo(404));
    }
}
