package io.marsad.local.process;

import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK the child JVMs run on: the launcher's own, which must be 21 or newer (Elasticsearch 9 needs it). */
public final class JavaRuntime {

    public static final int MINIMUM_FEATURE_VERSION = 21;

    private JavaRuntime() {}

    public static Path home() {
        if (Runtime.version().feature() < MINIMUM_FEATURE_VERSION) {
            throw new IllegalStateException("Marsad needs a JDK " + MINIMUM_FEATURE_VERSION + " or newer, but runs on " + Runtime.version()
                + " (" + System.getProperty("java.home") + "). Install one (e.g. Temurin 21 or 25) and point JAVA_HOME at it.");
        }
        return Path.of(System.getProperty("java.home"));
    }

    public static Path javaExecutable() {
        Path java = home().resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("No java executable at " + java);
        }
        return java;
    }
}
