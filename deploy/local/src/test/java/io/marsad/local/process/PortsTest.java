package io.marsad.local.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void noPortIsHandedOutTwice() {
        // one build asks for dozens (a server's HTTP and management ports one after the other); the OS may offer a
        // port it just got back, and Keycloak never became ready on two equal ports
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            assertTrue(ports.add(Ports.freeLoopbackPort()), "handed out twice: " + ports.size());
        }
    }

    @Test
    void aPreferredPortIsTakenOnceAndOnlyWhenFree() throws IOException {
        int preferred = Ports.freeLoopbackPort() + 1; // some port; if taken by the machine, the test still holds
        int first = Ports.preferredOrFree(preferred);
        int second = Ports.preferredOrFree(preferred);
        assertNotEquals(first, second);
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertNotEquals(busy.getLocalPort(), Ports.preferredOrFree(busy.getLocalPort()));
        }
    }
}
