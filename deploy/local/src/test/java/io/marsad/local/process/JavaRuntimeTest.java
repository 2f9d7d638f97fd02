package io.marsad.local.process;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaRuntimeTest {

    @Test
    void aServiceRunsWithItsHeapFixedAndItsOptionsBeforeTheJar() {
        Path jar = Path.of("services/search/target/quarkus-app/quarkus-run.jar");
        List<String> command = JavaRuntime.serviceCommand(jar, "512m", List.of("-XX:+UnlockDiagnosticVMOptions"));

        assertEquals(JavaRuntime.javaExecutable().toString(), command.getFirst());
        assertTrue(command.contains("-Xms512m") && command.contains("-Xmx512m"), command.toString());
        int jarOption = command.indexOf("-jar");
        assertTrue(command.indexOf("-XX:+UnlockDiagnosticVMOptions") < jarOption, command.toString());
        assertEquals(List.of("-jar", jar.toAbsolutePath().toString()), command.subList(jarOption, command.size()));
    }
}
