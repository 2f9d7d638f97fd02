package io.marsad.local.supervision;

import io.marsad.local.process.HttpWait;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Reads a part's health from where {@link SupervisedPart#health()} says it is. */
public final class HealthProbe {

    private HealthProbe() {}

    /** {@code up}, or {@code down (why)}. */
    public static String check(URI health) {
        if ("tcp".equals(health.getScheme())) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(health.getHost(), health.getPort()), 2000);
                return "up";
            } catch (IOException e) {
                return "down (no connection)";
            }
        }
        int status = HttpWait.status(health);
        if (status >= 200 && status < 300) {
            return "up";
        }
        return status < 0 ? "down (no answer)" : "down (HTTP " + status + ")";
    }

    public static boolean isUp(String verdict) {
        return verdict.equals("up");
    }
}
