package io.marsad.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.marsad.k8s.Manifests.at;
import static io.marsad.k8s.Manifests.containers;
import static io.marsad.k8s.Manifests.describe;
import static io.marsad.k8s.Manifests.list;
import static io.marsad.k8s.Manifests.map;
import static io.marsad.k8s.Manifests.str;

/**
 * Every setting a service reads that cannot keep its local default in a cluster is supplied to its
 * Deployment. Read from the service's application.properties: values pointing at this machine
 * (127.0.0.1, localhost), credentials, and the variables its %prod profile reads
 * ({@code ${MARSAD_..._SECRET:...}}); supplied means an env entry, or a key of a ConfigMap the
 * container takes whole (envFrom). Every ConfigMap key referenced must exist.
 */
final class SettingsCheck {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern CREDENTIAL = Pattern.compile(".*\\.(username|password|secret)$");

    private SettingsCheck() {}

    static List<String> problems(Manifests manifests, Path servicesDir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            Path properties = servicesDir.resolve(Manifests.name(deployment)).resolve("src/main/resources/application.properties");
            if (!Files.isRegularFile(properties)) {
                problems.add(describe(deployment) + ": no service " + properties.getParent().getParent().getParent().getParent());
                continue;
            }
            Set<String> required = requiredVariables(properties);
            for (Object container : containers(deployment)) {
                Set<String> supplied = supplied(manifests, container, describe(deployment), problems);
                Set<String> missing = new TreeSet<>(required);
                missing.removeAll(supplied);
                if (!missing.isEmpty()) {
                    problems.add(describe(deployment) + ": settings not supplied: " + missing);
                }
            }
        }
        return problems;
    }

    /** The environment variables a cluster must set for this service. */
    static Set<String> requiredVariables(Path applicationProperties) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties)) {
            properties.load(reader);
        }
        Set<String> required = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%test.") || key.startsWith("%dev.")) {
                continue;
            }
            String value = properties.getProperty(key);
            String property = key.startsWith("%prod.") ? key.substring("%prod.".length()) : key;
            Matcher variable = VARIABLE.matcher(value);
            boolean referencesOther = false;
            while (variable.find()) {
                referencesOther = true;
                String name = variable.group(1);
                // ${quarkus.oidc.auth-server-url}: supplied when that property is; ${MARSAD_X:dev}: the variable itself
                required.add(name.equals(name.toUpperCase(Locale.ROOT)) ? name : environmentName(name));
            }
            boolean local = value.contains("127.0.0.1") || value.contains("localhost");
            if (!referencesOther && (local || CREDENTIAL.matcher(property).matches()) && !key.startsWith("%prod.")) {
                required.add(environmentName(property));
            }
        }
        required.removeIf(name -> name.startsWith("QUARKUS_OIDC_CLIENT_CREDENTIALS") || name.startsWith("QUARKUS_OIDC_CREDENTIALS"));
        return required;
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to _, upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> supplied(Manifests manifests, Object container, String where, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (Object env : list(at(container, "env"))) {
            names.add(str(at(env, "name")));
            Object configKey = at(env, "valueFrom", "configMapKeyRef");
            if (configKey != null && !Boolean.TRUE.equals(at(configKey, "optional"))) {
                String configMap = str(at(configKey, "name"));
                boolean present = manifests.find("ConfigMap", configMap).map(c -> map(c.get("data")).containsKey(str(at(configKey, "key")))).orElse(false);
                if (!present) {
                    problems.add(where + ": " + at(env, "name") + " reads ConfigMap " + configMap + " key " + at(configKey, "key") + ", which is not rendered");
                }
            }
        }
        for (Object source : list(at(container, "envFrom"))) {
            String configMap = str(at(source, "configMapRef", "name"));
            if (configMap != null) {
                manifests.find("ConfigMap", configMap).ifPresentOrElse(c -> names.addAll(map(c.get("data")).keySet()),
                    () -> problems.add(where + ": envFrom ConfigMap " + configMap + " is not rendered"));
            }
        }
        return names;
    }
}
