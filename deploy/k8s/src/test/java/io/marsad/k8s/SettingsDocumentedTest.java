package io.marsad.k8s;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/operations.md names every setting a service reads: each method of a {@code @ConfigMapping}
 * interface, each {@code @ConfigProperty} and each {@code ${marsad.…}} in the services and libs.
 * A setting counts as named when the document has its full key, or its last part in a table row
 * that names another key with the same prefix (rows group related keys: {@code a.b.x}, {@code y}),
 * or its environment variable.
 */
class SettingsDocumentedTest {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+[\\w<>?,. ]+\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(marsad\\.[a-z0-9.-]+)");
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"(marsad\\.[^\"]+)\"");

    @Test
    void everySettingIsInTheOperationsGuide() throws IOException {
        Set<String> settings = settings(List.of(K8sManifestsTest.ROOT.resolve("services"), K8sManifestsTest.ROOT.resolve("libs")));
        assertTrue(settings.size() > 40, "found the services' settings: " + settings);
        String guide = Files.readString(K8sManifestsTest.ROOT.resolve("docs/operations.md"));
        List<String> undocumented = new ArrayList<>();
        for (String setting : settings) {
            if (!documented(setting, guide)) {
                undocumented.add(setting);
            }
        }
        assertEquals(List.of(), undocumented, "settings docs/operations.md does not name");
    }

    static boolean documented(String setting, String guide) {
        if (guide.contains("`" + setting + "`") || guide.contains(SettingsCheck.environmentName(setting))) {
            return true;
        }
        String prefix = setting.substring(0, setting.lastIndexOf('.') + 1);
        String leaf = setting.substring(prefix.length());
        return guide.lines().anyMatch(row -> row.startsWith("|") && row.contains("`" + prefix)
            && (row.contains("`" + leaf + "`") || row.contains("`." + leaf + "`")));
    }

    static Set<String> settings(List<Path> roots) throws IOException {
        Set<String> settings = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                    String source = Files.readString(file);
                    Matcher mapping = MAPPING.matcher(source);
                    if (mapping.find()) {
                        Matcher method = METHOD.matcher(source);
                        while (method.find()) {
                            settings.add(mapping.group(1) + "." + kebab(method.group(1)));
                        }
                    }
                    for (Pattern pattern : List.of(REFERENCE, PROPERTY)) {
                        Matcher reference = pattern.matcher(source);
                        while (reference.find()) {
                            settings.add(reference.group(1));
                        }
                    }
                }
            }
        }
        return settings;
    }

    private static String kebab(String method) {
        return method.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
