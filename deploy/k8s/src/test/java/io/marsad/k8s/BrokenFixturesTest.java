package io.marsad.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each check can fail: src/test/broken/<check> is the prod overlay broken on purpose in one way,
 * which that check must report (naming what is wrong) while every other check still passes.
 */
class BrokenFixturesTest {

    /**
     * Checks that see the same fault from two sides: a missing service URL is also a call the
     * network check no longer finds; an unknown field breaks both schema checks.
     */
    static final java.util.Map<String, String> ALSO_FAILS = java.util.Map.of("settings", "network-policies", "schema", "typed-schema");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "schema,                PodDisruptionBudget/typo.spec: unknown field(s) [maxUnavaliable]",
        "typed-schema,          Database/typo: TS2353: Object literal may only specify known properties",
        "typed-schema,          Service/no-port: TS2741: Property ",
        "probes-and-limits,     Deployment/search container search: readinessProbe must GET /q/health/ready",
        "services-select-pods,  Service/serch: selector {app.kubernetes.io/name=serch} matches no Deployment's pods",
        "settings,              Deployment/alerting: settings not supplied: [MARSAD_SERVICES_SEARCH_URL]",
        "secrets,               Deployment/search: MARSAD_ELASTICSEARCH_PASSWORD is written in",
        "network-policies,      Deployment/alerting → search:8080 (MARSAD_SERVICES_SEARCH_URL): search's ingress policies do not allow it",
        "realm,                 KeycloakRealmImport/marsad-realm differs from marsad-realm.json",
        "realm,                 KeycloakRealmImport/marsad-realm: spec.realm is not a Keycloak realm: Unrecognized field",
    })
    void theCheckCatchesItsFixture(String check, String expected) throws Exception {
        Manifests broken = Kustomize.render(K8sManifestsTest.K8S.resolve("src/test/broken").resolve(check));
        List<String> problems = K8sManifestsTest.check(check, broken);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), check + " reports " + expected + "; it said " + problems);
        for (String other : K8sManifestsTest.CHECKS) {
            if (!other.equals(check) && !ALSO_FAILS.getOrDefault(check, "").equals(other)) {
                assertEquals(List.of(), K8sManifestsTest.check(other, broken), "only " + check + " is broken, yet " + other + " complains");
            }
        }
    }
}
