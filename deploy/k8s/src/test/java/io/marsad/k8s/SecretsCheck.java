package io.marsad.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.marsad.k8s.Manifests.at;
import static io.marsad.k8s.Manifests.containers;
import static io.marsad.k8s.Manifests.describe;
import static io.marsad.k8s.Manifests.list;
import static io.marsad.k8s.Manifests.map;

/** Secrets are referenced, never written into the manifests: no Secret documents, no literal credentials. */
final class SecretsCheck {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passwd|token|api_?key|credential).*");

    private SecretsCheck() {}

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> secret : manifests.ofKind("Secret")) {
            problems.add(describe(secret) + ": a Secret is rendered; reference one created outside the manifests instead");
        }
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            for (Object container : containers(deployment)) {
                for (Object env : list(at(container, "env"))) {
                    if (SECRET_NAME.matcher(String.valueOf(at(env, "name"))).matches() && at(env, "value") != null) {
                        problems.add(describe(deployment) + ": " + at(env, "name") + " is written in; take it from a Secret");
                    }
                }
            }
        }
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            for (String key : map(configMap.get("data")).keySet()) {
                if (SECRET_NAME.matcher(key).matches()) {
                    problems.add(describe(configMap) + ": " + key + " looks like a credential; keep it in a Secret");
                }
            }
        }
        return problems;
    }
}
