package io.marsad.local.testing;

import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service's packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a real
 * process for the tests that kill it or wire several services together, its log in {@code logDir}.
 */
public final class PackagedService {

    private PackagedService() {}

    /** Starts the jar with the given environment and waits until the service on {@code port} is ready. */
    public static ManagedProcess start(String name, Path jar, Map<String, String> env, int port, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("package " + name + " first (./mvnw package): no " + jar.toAbsolutePath());
        }
        ManagedProcess process = ManagedProcess.start(name, JavaRuntime.serviceCommand(jar, "512m", List.of()), env, logDir, logDir.resolve(name + ".log"));
        HttpWait.untilOk(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120), process::isAlive, name);
        return process;
    }
}
