package io.marsad.support.elasticsearch;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * marsad.elasticsearch.ca-file against a real HTTPS server on 127.0.0.1 whose certificate is its
 * own CA's (made with the JDK's keytool), as ECK's self-signed cluster certificates are.
 */
class ClusterCaTrustTest {

    @TempDir
    Path dir;
    HttpsServer server;
    Path caPem;

    @BeforeEach
    void start() throws Exception {
        Path keystore = dir.resolve("node.p12");
        keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
            "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        caPem = dir.resolve("ca.crt");
        keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", caPem.toString());

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theClustersOwnCaIsTrustedAndNothingElseIsNeeded() throws Exception {
        URI uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
        HttpClient trusting = HttpClient.newBuilder().sslContext(ElasticsearchClientProducer.trusting(caPem)).build();
        assertEquals(200, trusting.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        HttpClient defaults = HttpClient.newHttpClient();
        assertThrows(SSLHandshakeException.class, () -> defaults.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()),
            "without the CA file the JVM's trust store refuses the cluster");
    }

    @Test
    void aFileWithoutCertificatesIsAClearError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> ElasticsearchClientProducer.trusting(empty));
        assertTrue(error.getMessage().contains("marsad.elasticsearch.ca-file"), error.getMessage());
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "keytool " + String.join(" ", args) + ": " + output);
    }
}
