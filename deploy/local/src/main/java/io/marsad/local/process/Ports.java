package io.marsad.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Loopback ports. */
public final class Ports {

    /**
     * Ports this JVM has handed out. The OS may give the port it just released to the next request:
     * once Keycloak's HTTP and management ports came out the same, and Keycloak never became ready.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private Ports() {}

    /** A port that was free on 127.0.0.1 a moment ago, and not one this JVM handed out before. */
    public static int freeLoopbackPort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = osPickedPort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no loopback port this JVM has not handed out already, after " + ATTEMPTS + " attempts");
    }

    /** The preferred port if it is free and not handed out already, else a free one. */
    public static int preferredOrFree(int preferred) {
        if (!HANDED_OUT.contains(preferred) && isFree(preferred) && HANDED_OUT.add(preferred)) {
            return preferred;
        }
        return freeLoopbackPort();
    }

    private static int osPickedPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
