package io.marsad.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The command that runs a packaged service ({@code target/quarkus-app/quarkus-run.jar}) with a heap of
     * fixed size, {@code options} before the jar. Given only a maximum, G1 shrank the search
     * service's heap to about 70 MB under a steady stream of searches; its old generation then stayed
     * above the concurrent-cycle threshold, and the pauses of a GC every dozen requests were in the
     * latency's 95th percentile (docs/operations.md#service-heaps).
     */
    public static List<String> serviceCommand(Path jar, String heap, List<String> options) {
        List<String> command = new ArrayList<>(List.of(javaExecutable().toString(), "-Xms" + heap, "-Xmx" + heap,
            "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }
}
