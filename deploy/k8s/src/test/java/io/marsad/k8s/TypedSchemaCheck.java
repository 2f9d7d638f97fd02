package io.marsad.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rendered resource against the TypeScript types kubernetes-models generates from the
 * Kubernetes 1.36.0 OpenAPI schema and from the operators' CRD schemas (npm, pinned in
 * src/test/schema-types/package-lock.json): each resource is written as an object literal of its
 * type and compiled with {@code tsc --strict}, so a field the schema does not have, a value of the
 * wrong type or a missing required field fails. This adds required fields to {@link SchemaCheck},
 * and covers the operators' kinds. No package of the Keycloak Operator's CRDs exists on the
 * registries this project builds from, so Keycloak and KeycloakRealmImport are not checked here
 * (RealmCheck compares the realm itself with the local one).
 */
final class TypedSchemaCheck {

    /** apiVersion/kind → the module and interface of its generated type. */
    static final Map<String, String[]> TYPES = Map.ofEntries(
        type("v1/ConfigMap", "kubernetes-models/v1/ConfigMap", "IConfigMap"),
        type("v1/Service", "kubernetes-models/v1/Service", "IService"),
        type("v1/Namespace", "kubernetes-models/v1/Namespace", "INamespace"),
        type("apps/v1/Deployment", "kubernetes-models/apps/v1/Deployment", "IDeployment"),
        type("networking.k8s.io/v1/NetworkPolicy", "kubernetes-models/networking.k8s.io/v1/NetworkPolicy", "INetworkPolicy"),
        type("networking.k8s.io/v1/Ingress", "kubernetes-models/networking.k8s.io/v1/Ingress", "IIngress"),
        type("policy/v1/PodDisruptionBudget", "kubernetes-models/policy/v1/PodDisruptionBudget", "IPodDisruptionBudget"),
        type("autoscaling/v2/HorizontalPodAutoscaler", "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler", "IHorizontalPodAutoscaler"),
        type("elasticsearch.k8s.elastic.co/v1/Elasticsearch", "@kubernetes-models/elastic-cloud/elasticsearch.k8s.elastic.co/v1/Elasticsearch",
            "IElasticsearch"),
        type("postgresql.cnpg.io/v1/Cluster", "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster", "ICluster"),
        type("postgresql.cnpg.io/v1/Database", "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Database", "IDatabase"),
        type("postgresql.cnpg.io/v1/ScheduledBackup", "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup", "IScheduledBackup"),
        type("monitoring.coreos.com/v1/ServiceMonitor", "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor",
            "IServiceMonitor"));

    /** Kinds no registry this project uses has types for. */
    static final java.util.Set<String> UNTYPED = java.util.Set.of("k8s.keycloak.org/v2alpha1/Keycloak", "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    private static Map.Entry<String, String[]> type(String kind, String module, String name) {
        return Map.entry(kind, new String[] {module, name});
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern ERROR = Pattern.compile("^check\\.ts\\((\\d+),\\d+\\): error (TS\\d+: .*)$");

    private TypedSchemaCheck() {}

    static List<String> problems(Manifests manifests, Path sources, Path work) throws IOException, InterruptedException {
        Path types = installTypes(sources, work);
        StringBuilder program = new StringBuilder();
        TreeMap<Integer, String> documentAtLine = new TreeMap<>();
        TYPES.values().forEach(type -> program.append("import type { ").append(type[1]).append(" } from \"").append(type[0]).append("\";\n"));
        int resource = 0;
        for (Map<String, Object> doc : manifests.documents()) {
            String kind = doc.get("apiVersion") + "/" + doc.get("kind");
            String[] type = TYPES.get(kind);
            if (type == null) {
                if (!UNTYPED.contains(kind)) {
                    throw new IllegalStateException(Manifests.describe(doc) + ": no type for " + kind + "; add one to TypedSchemaCheck.TYPES");
                }
                continue;
            }
            documentAtLine.put((int) program.chars().filter(c -> c == '\n').count() + 1, Manifests.describe(doc));
            program.append("export const resource").append(resource++).append(": ").append(type[1]).append(" = ")
                .append(JSON.writeValueAsString(doc)).append(";\n");
        }
        if (resource == 0) {
            return List.of();
        }
        Files.writeString(types.resolve("check.ts"), program, StandardCharsets.UTF_8);
        Process tsc = new ProcessBuilder("node", "node_modules/typescript/bin/tsc", "--noEmit", "--strict", "--skipLibCheck",
            "--module", "nodenext", "--moduleResolution", "nodenext", "check.ts")
            .directory(types.toFile()).redirectErrorStream(true).start();
        String output = new String(tsc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tsc.waitFor(120, TimeUnit.SECONDS)) {
            tsc.destroyForcibly();
            throw new IllegalStateException("tsc took longer than 120 s");
        }
        List<String> problems = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher error = ERROR.matcher(line.strip());
            if (error.matches()) {
                var where = documentAtLine.floorEntry(Integer.parseInt(error.group(1)));
                problems.add((where == null ? "check.ts" : where.getValue()) + ": " + error.group(2));
            }
        }
        if (tsc.exitValue() != 0 && problems.isEmpty()) {
            throw new IllegalStateException("tsc failed without naming a resource: " + output);
        }
        return problems;
    }

    /** The pinned packages, installed once into work (npm ci: exactly the lock file's versions). */
    private static Path installTypes(Path sources, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json")) {
            Path target = work.resolve(file);
            if (!Files.exists(target) || Files.mismatch(sources.resolve(file), target) != -1) {
                Files.copy(sources.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (changed || !Files.isDirectory(work.resolve("node_modules/typescript"))) {
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(work.toFile())
                    .redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IllegalStateException("node and npm are needed to check the resources against their schema types", e);
            }
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + work + " failed: " + output);
            }
        }
        return work;
    }
}
