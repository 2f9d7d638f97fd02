package io.marsad.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.marsad.k8s.Manifests.at;
import static io.marsad.k8s.Manifests.containers;
import static io.marsad.k8s.Manifests.describe;
import static io.marsad.k8s.Manifests.labels;
import static io.marsad.k8s.Manifests.list;
import static io.marsad.k8s.Manifests.str;

/** Every Deployment probed and bounded; every Service selecting pods on a port they have. */
final class WorkloadChecks {

    static final Map<String, String> PROBES = Map.of(
        "startupProbe", "/q/health/started",
        "livenessProbe", "/q/health/live",
        "readinessProbe", "/q/health/ready");

    private WorkloadChecks() {}

    static List<String> probesAndLimits(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            for (Object container : containers(deployment)) {
                String where = describe(deployment) + " container " + at(container, "name");
                PROBES.forEach((probe, path) -> {
                    if (!path.equals(at(container, probe, "httpGet", "path"))) {
                        problems.add(where + ": " + probe + " must GET " + path + " (has " + at(container, probe) + ")");
                    }
                });
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (at(container, "resources", bound, resource) == null) {
                            problems.add(where + ": no " + bound + "." + resource);
                        }
                    }
                }
            }
        }
        return problems;
    }

    static List<String> servicesSelectPods(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> service : manifests.ofKind("Service")) {
            Map<String, String> selector = labels(at(service, "spec", "selector"));
            if (selector.isEmpty()) {
                problems.add(describe(service) + ": selects no pods (no selector)");
                continue;
            }
            List<Map<String, Object>> selected = manifests.ofKind("Deployment").stream()
                .filter(d -> labels(at(d, "spec", "template", "metadata", "labels")).entrySet().containsAll(selector.entrySet()))
                .toList();
            if (selected.isEmpty()) {
                problems.add(describe(service) + ": selector " + selector + " matches no Deployment's pods");
                continue;
            }
            for (Object port : list(at(service, "spec", "ports"))) {
                Object target = at(port, "targetPort") != null ? at(port, "targetPort") : at(port, "port");
                for (Map<String, Object> deployment : selected) {
                    boolean found = containers(deployment).stream().flatMap(c -> list(at(c, "ports")).stream())
                        .anyMatch(p -> Objects.equals(str(target), str(at(p, "name"))) || Objects.equals(str(target), str(at(p, "containerPort"))));
                    if (!found) {
                        problems.add(describe(service) + ": target port " + target + " is not a port of " + describe(deployment));
                    }
                }
            }
        }
        return problems;
    }
}
