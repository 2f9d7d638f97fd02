package io.marsad.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No service's code imports another service's package: what several services must agree on lives
 * in a library (libs/), and what they exchange is a JSON contract (docs/contracts/).
 */
class ModuleBoundariesTest {

    static final Pattern SERVICE_IMPORT = Pattern.compile("^import (?:static )?io\\.marsad\\.(crawler|enrichment|search|alerting|dashboard)\\.",
        Pattern.MULTILINE);

    @Test
    void noServiceImportsAnotherServicesPackage() throws IOException {
        Path services = projectRoot().resolve("services");
        List<String> crossings = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(services)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String service = services.relativize(source).getName(0).toString();
                Matcher imported = SERVICE_IMPORT.matcher(read(source));
                while (imported.find()) {
                    if (!imported.group(1).equals(service)) {
                        crossings.add(services.relativize(source) + " imports io.marsad." + imported.group(1));
                    }
                }
            }
        }
        assertTrue(files > 100, "found only " + files + " Java files under " + services);
        assertEquals(List.of(), crossings);
    }

    @Test
    void librariesImportNoService() throws IOException {
        Path libs = projectRoot().resolve("libs");
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(libs)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher imported = SERVICE_IMPORT.matcher(read(source));
                if (imported.find()) {
                    crossings.add(libs.relativize(source) + " imports io.marsad." + imported.group(1));
                }
            }
        }
        assertEquals(List.of(), crossings);
    }

    /** The reactor root, which the build passes to tests. */
    private static Path projectRoot() {
        return Path.of(System.getProperty("marsad.root", "../..")).toAbsolutePath().normalize();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
