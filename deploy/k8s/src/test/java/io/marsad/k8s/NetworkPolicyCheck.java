package io.marsad.k8s;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.marsad.k8s.Manifests.at;
import static io.marsad.k8s.Manifests.containers;
import static io.marsad.k8s.Manifests.describe;
import static io.marsad.k8s.Manifests.labels;
import static io.marsad.k8s.Manifests.list;
import static io.marsad.k8s.Manifests.map;
import static io.marsad.k8s.Manifests.name;
import static io.marsad.k8s.Manifests.str;

/**
 * Every call the services make, as their settings say (service URLs, JDBC, Elasticsearch, Keycloak)
 * and Keycloak's own database, is allowed by the NetworkPolicies on both ends: the caller's egress
 * and the callee's ingress, on the callee pod's port; and every pod whose egress is restricted may
 * still reach DNS. Operator-made Services are resolved to their pods by the names and labels each
 * operator documents. With no NetworkPolicy at all (dev), everything is allowed.
 */
final class NetworkPolicyCheck {

    /** A set of pods, by labels, and the port a call reaches them on. */
    record Endpoint(String what, Map<String, String> podLabels, int port) {}

    record Call(String caller, Map<String, String> callerLabels, Endpoint target, String setting) {}

    private static final Pattern URL = Pattern.compile("(?:jdbc:postgresql|https?)://([a-z0-9.-]+)(?::(\\d+))?");
    private static final Endpoint DNS = new Endpoint("DNS", Map.of("k8s-app", "kube-dns"), 53);

    private NetworkPolicyCheck() {}

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<Call> calls = calls(manifests, problems);
        if (calls.isEmpty()) {
            problems.add("no calls found in the services' settings: the check would prove nothing");
        }
        if (manifests.ofKind("NetworkPolicy").isEmpty()) {
            return problems;
        }
        for (Call call : calls) {
            if (!egressAllowed(manifests, call.callerLabels(), call.target().podLabels(), manifests.namespace(), call.target().port())) {
                problems.add(call.caller() + " → " + call.target().what() + ":" + call.target().port() + " (" + call.setting()
                    + "): the caller's egress policies do not allow it");
            }
            if (!ingressAllowed(manifests, call.target().podLabels(), call.callerLabels(), call.target().port())) {
                problems.add(call.caller() + " → " + call.target().what() + ":" + call.target().port() + " (" + call.setting()
                    + "): " + call.target().what() + "'s ingress policies do not allow it");
            }
        }
        Set<String> callers = new LinkedHashSet<>();
        calls.forEach(call -> callers.add(call.caller()));
        for (Call call : calls) {
            if (callers.remove(call.caller()) && !egressAllowed(manifests, call.callerLabels(), DNS.podLabels(), "kube-system", 53)) {
                problems.add(call.caller() + ": its egress policies do not allow DNS (kube-system/kube-dns:53)");
            }
        }
        return problems;
    }

    /** The calls the rendered settings describe. */
    static List<Call> calls(Manifests manifests, List<String> problems) {
        List<Call> calls = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            Map<String, String> callerLabels = labels(at(deployment, "spec", "template", "metadata", "labels"));
            for (Object container : containers(deployment)) {
                settings(manifests, container).forEach((setting, value) -> {
                    Matcher url = URL.matcher(value);
                    if (url.find()) {
                        int port = url.group(2) != null ? Integer.parseInt(url.group(2)) : value.startsWith("https") ? 443 : 80;
                        resolve(manifests, url.group(1), port).ifPresent(target ->
                            calls.add(new Call(describe(deployment), callerLabels, target, setting)));
                    }
                });
            }
        }
        for (Map<String, Object> keycloak : manifests.ofKind("Keycloak")) {
            String host = str(at(keycloak, "spec", "db", "host"));
            Object port = at(keycloak, "spec", "db", "port");
            if (host != null) {
                resolve(manifests, host, port == null ? 5432 : Integer.parseInt(port.toString())).ifPresentOrElse(
                    target -> calls.add(new Call(describe(keycloak), keycloakPods(name(keycloak)), target, "spec.db.host")),
                    () -> problems.add(describe(keycloak) + ": database host " + host + " is no Service of these manifests"));
            }
        }
        return calls;
    }

    private static Map<String, String> settings(Manifests manifests, Object container) {
        Map<String, String> values = new HashMap<>();
        for (Object source : list(at(container, "envFrom"))) {
            manifests.find("ConfigMap", str(at(source, "configMapRef", "name")))
                .ifPresent(c -> map(c.get("data")).forEach((k, v) -> values.put(k, str(v))));
        }
        for (Object env : list(at(container, "env"))) {
            if (at(env, "value") != null) {
                values.put(str(at(env, "name")), str(at(env, "value")));
            }
        }
        return values;
    }

    /** A host name in a setting: one of these manifests' Services, or one an operator makes. */
    static Optional<Endpoint> resolve(Manifests manifests, String host, int port) {
        String service = host.split("\\.")[0];
        Optional<Map<String, Object>> own = manifests.find("Service", service);
        if (own.isPresent()) {
            Map<String, String> selector = labels(at(own.get(), "spec", "selector"));
            for (Object servicePort : list(at(own.get(), "spec", "ports"))) {
                if (Objects.equals(str(at(servicePort, "port")), Integer.toString(port))) {
                    return Optional.of(new Endpoint(service, selector, containerPort(manifests, selector, at(servicePort, "targetPort"), port)));
                }
            }
            return Optional.of(new Endpoint(service, selector, port));
        }
        for (Map<String, Object> cluster : manifests.ofKind("Cluster")) { // CloudNativePG: <cluster>-rw, -ro, -r
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                if (service.equals(name(cluster) + suffix)) {
                    return Optional.of(new Endpoint(service, Map.of("cnpg.io/cluster", name(cluster)), 5432));
                }
            }
        }
        for (Map<String, Object> elasticsearch : manifests.ofKind("Elasticsearch")) { // ECK: <name>-es-http
            if (service.equals(name(elasticsearch) + "-es-http")) {
                return Optional.of(new Endpoint(service, Map.of("elasticsearch.k8s.elastic.co/cluster-name", name(elasticsearch)), 9200));
            }
        }
        for (Map<String, Object> keycloak : manifests.ofKind("Keycloak")) { // Keycloak Operator: <name>-service
            if (service.equals(name(keycloak) + "-service")) {
                return Optional.of(new Endpoint(service, keycloakPods(name(keycloak)), port));
            }
        }
        return Optional.empty(); // outside the cluster (a public host name)
    }

    static Map<String, String> keycloakPods(String name) {
        return Map.of("app", "keycloak", "app.kubernetes.io/instance", name);
    }

    private static int containerPort(Manifests manifests, Map<String, String> selector, Object targetPort, int fallback) {
        if (targetPort == null) {
            return fallback;
        }
        if (targetPort instanceof Number number) {
            return number.intValue();
        }
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            if (labels(at(deployment, "spec", "template", "metadata", "labels")).entrySet().containsAll(selector.entrySet())) {
                for (Object container : containers(deployment)) {
                    for (Object port : list(at(container, "ports"))) {
                        if (targetPort.toString().equals(str(at(port, "name")))) {
                            return Integer.parseInt(str(at(port, "containerPort")));
                        }
                    }
                }
            }
        }
        return fallback;
    }

    private static boolean egressAllowed(Manifests manifests, Map<String, String> from, Map<String, String> to, String toNamespace, int port) {
        List<Map<String, Object>> policies = selecting(manifests, from, "Egress");
        return policies.isEmpty() || policies.stream().flatMap(p -> list(at(p, "spec", "egress")).stream())
            .anyMatch(rule -> portMatches(rule, port) && peersMatch(manifests, list(at(rule, "to")), to, toNamespace, at(rule, "to") == null));
    }

    private static boolean ingressAllowed(Manifests manifests, Map<String, String> to, Map<String, String> from, int port) {
        List<Map<String, Object>> policies = selecting(manifests, to, "Ingress");
        return policies.isEmpty() || policies.stream().flatMap(p -> list(at(p, "spec", "ingress")).stream())
            .anyMatch(rule -> portMatches(rule, port) && peersMatch(manifests, list(at(rule, "from")), from, manifests.namespace(), at(rule, "from") == null));
    }

    /** The policies that select these pods and restrict the given direction. */
    private static List<Map<String, Object>> selecting(Manifests manifests, Map<String, String> pod, String direction) {
        return manifests.ofKind("NetworkPolicy").stream()
            .filter(p -> selectorMatches(at(p, "spec", "podSelector"), pod))
            .filter(p -> {
                List<Object> types = list(at(p, "spec", "policyTypes"));
                return types.isEmpty() ? direction.equals("Ingress") || at(p, "spec", "egress") != null : types.contains(direction);
            })
            .toList();
    }

    private static boolean portMatches(Object rule, int port) {
        List<Object> ports = list(at(rule, "ports"));
        return ports.isEmpty() || ports.stream().anyMatch(p -> Objects.equals(str(at(p, "port")), Integer.toString(port))
            && (at(p, "protocol") == null || "TCP".equals(at(p, "protocol")) || port == 53));
    }

    private static boolean peersMatch(Manifests manifests, List<Object> peers, Map<String, String> pod, String podNamespace, boolean anyPeer) {
        if (anyPeer) {
            return true;
        }
        for (Object peer : peers) {
            if (at(peer, "ipBlock") != null) {
                // a pod's address is private; only a block with no exceptions covers it
                if ("0.0.0.0/0".equals(at(peer, "ipBlock", "cidr")) && list(at(peer, "ipBlock", "except")).isEmpty()) {
                    return true;
                }
                continue;
            }
            Object namespaceSelector = at(peer, "namespaceSelector");
            boolean namespaceOk = namespaceSelector == null
                ? podNamespace.equals(manifests.namespace())
                : selectorMatches(namespaceSelector, namespaceLabels(manifests, podNamespace));
            Object podSelector = at(peer, "podSelector");
            if (namespaceOk && (podSelector == null || selectorMatches(podSelector, pod))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> namespaceLabels(Manifests manifests, String namespace) {
        Map<String, String> result = new HashMap<>(manifests.find("Namespace", namespace).map(n -> labels(at(n, "metadata", "labels"))).orElse(Map.of()));
        result.put("kubernetes.io/metadata.name", namespace);
        return result;
    }

    /** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist); an empty selector matches all. */
    static boolean selectorMatches(Object selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (!labels.entrySet().containsAll(Manifests.labels(at(selector, "matchLabels")).entrySet())) {
            return false;
        }
        for (Object expression : list(at(selector, "matchExpressions"))) {
            String key = str(at(expression, "key"));
            List<Object> values = list(at(expression, "values"));
            boolean ok = switch (str(at(expression, "operator"))) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
