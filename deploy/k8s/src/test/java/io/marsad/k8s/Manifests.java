package io.marsad.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents one overlay renders to, with the look-ups the checks share. */
record Manifests(Path source, List<Map<String, Object>> documents) {

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    /** The namespace the overlay puts everything in (kustomize's namespace:), or "default". */
    String namespace() {
        return documents.stream().map(d -> str(at(d, "metadata", "namespace"))).filter(n -> n != null).findFirst().orElse("default");
    }

    static String name(Map<String, Object> doc) {
        return str(at(doc, "metadata", "name"));
    }

    static String describe(Map<String, Object> doc) {
        return doc.get("kind") + "/" + name(doc);
    }

    /** The value at a path of map keys, or null. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object node) {
        return node == null ? null : node.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> labels(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    /** The pod template's first container of a Deployment. */
    static List<Object> containers(Map<String, Object> deployment) {
        return list(at(deployment, "spec", "template", "spec", "containers"));
    }
}
