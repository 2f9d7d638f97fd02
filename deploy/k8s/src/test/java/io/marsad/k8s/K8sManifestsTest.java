package io.marsad.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every overlay renders, and what it renders passes every check. */
class K8sManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("marsad.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    /** Every check by name, so the broken fixtures can say which one must fail. */
    static List<String> check(String check, Manifests manifests) throws Exception {
        return switch (check) {
            case "schema" -> SchemaCheck.problems(manifests);
            case "typed-schema" -> TypedSchemaCheck.problems(manifests, K8S.resolve("src/test/schema-types"), K8S.resolve("target/schema-types"));
            case "probes-and-limits" -> WorkloadChecks.probesAndLimits(manifests);
            case "services-select-pods" -> WorkloadChecks.servicesSelectPods(manifests);
            case "settings" -> SettingsCheck.problems(manifests, ROOT.resolve("services"));
            case "secrets" -> SecretsCheck.problems(manifests);
            case "network-policies" -> NetworkPolicyCheck.problems(manifests);
            case "realm" -> RealmCheck.problems(manifests, ROOT.resolve("deploy/keycloak/marsad-realm.json"));
            default -> throw new IllegalArgumentException(check);
        };
    }

    static final List<String> CHECKS = List.of("schema", "typed-schema", "probes-and-limits", "services-select-pods", "settings", "secrets", "network-policies", "realm");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlayPassesEveryCheck(String overlay) throws Exception {
        Manifests manifests = Kustomize.render(K8S.resolve(overlay));
        assertTrue(manifests.ofKind("Deployment").size() == 5, "the five services are deployed");
        for (String check : CHECKS) {
            assertEquals(List.of(), check(check, manifests), overlay + ": " + check);
        }
    }

    @Test
    void prodHasWhatTheIssueAsksFor() throws Exception {
        Manifests prod = Kustomize.render(K8S.resolve("overlays/prod"));
        Object nodeSet = Manifests.list(Manifests.at(prod.find("Elasticsearch", "marsad").orElseThrow(), "spec", "nodeSets")).get(0);
        assertEquals(3, ((Number) Manifests.at(nodeSet, "count")).intValue(), "three Elasticsearch nodes");
        for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress", "ServiceMonitor", "ScheduledBackup")) {
            assertTrue(!prod.ofKind(kind).isEmpty(), "prod renders a " + kind);
        }
        assertTrue(Manifests.at(prod.find("Cluster", "marsad-pg").orElseThrow(), "spec", "backup", "barmanObjectStore") != null, "PostgreSQL is backed up");
        assertTrue(Manifests.list(Manifests.at(prod.find("Ingress", "marsad").orElseThrow(), "spec", "tls")).size() == 1, "the Ingress has TLS");
        for (var deployment : prod.ofKind("Deployment")) {
            assertTrue(Manifests.at(deployment, "spec", "template", "spec", "topologySpreadConstraints") != null, Manifests.describe(deployment) + " spreads");
        }
    }
}
