package io.marsad.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes' own kinds against the Kubernetes 1.34.1 API: each document is read into fabric8's
 * types, generated from that version's OpenAPI schema, and any field they do not know (which
 * fabric8 keeps aside in "additionalProperties") is an error, as is a value of the wrong type.
 * Kinds of the operators (ECK, CloudNativePG, the Keycloak Operator, the Prometheus Operator) are
 * listed in {@link #OPERATOR_KINDS}; any other kind fails, so nothing is rendered unchecked.
 */
final class SchemaCheck {

    static final Map<String, Class<?>> KUBERNETES_KINDS = Map.of(
        "v1/ConfigMap", ConfigMap.class,
        "v1/Service", Service.class,
        "v1/Namespace", Namespace.class,
        "v1/Secret", Secret.class,
        "v1/ServiceAccount", ServiceAccount.class,
        "apps/v1/Deployment", Deployment.class,
        "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
        "networking.k8s.io/v1/Ingress", Ingress.class,
        "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
        "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /** Custom resources of the operators docs/operations.md names, by apiVersion/kind. */
    static final Set<String> OPERATOR_KINDS = Set.of(
        "elasticsearch.k8s.elastic.co/v1/Elasticsearch",
        "postgresql.cnpg.io/v1/Cluster",
        "postgresql.cnpg.io/v1/Database",
        "postgresql.cnpg.io/v1/ScheduledBackup",
        "k8s.keycloak.org/v2alpha1/Keycloak",
        "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
        "monitoring.coreos.com/v1/ServiceMonitor");

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private SchemaCheck() {}

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> doc : manifests.documents()) {
            String type = doc.get("apiVersion") + "/" + doc.get("kind");
            Class<?> kind = KUBERNETES_KINDS.get(type);
            if (kind == null) {
                if (!OPERATOR_KINDS.contains(type)) {
                    problems.add(Manifests.describe(doc) + ": no schema for " + type);
                }
                continue;
            }
            try {
                Object typed = JSON.convertValue(doc, kind);
                unknownFields(typed, Manifests.describe(doc), problems, new IdentityHashMap<>());
            } catch (IllegalArgumentException e) {
                problems.add(Manifests.describe(doc) + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return problems;
    }

    /** Walks fabric8's object graph; a non-empty additionalProperties is a field the schema does not have. */
    private static void unknownFields(Object node, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                unknownFields(items.get(i), path + "[" + i + "]", problems, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknownFields(value, path + "." + key, problems, seen));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !getter.getName().startsWith("get")
                || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(value, path + "." + field, problems, seen);
        }
    }
}
