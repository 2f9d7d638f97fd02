package io.marsad.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server artifacts the build resolved from Maven Central: the Keycloak distribution archive, the
 * Elasticsearch node's classpath and the mail server's jar. Paths are written into {@code marsad-local.properties} at build
 * time; {@code -Dmarsad.keycloak.dist} and {@code -Dmarsad.elasticsearch.lib} override them.
 */
public record Artifacts(String keycloakVersion, Path keycloakDist, String elasticsearchVersion, Path elasticsearchNodeLib, Path mailServerJar) {

    public static Artifacts fromBuild() {
        Properties built = new Properties();
        try (InputStream in = Artifacts.class.getResourceAsStream("/marsad-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("marsad-local.properties is missing from the classpath: build deploy/local with Maven");
            }
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Artifacts(
            built.getProperty("keycloak.version"),
            Path.of(System.getProperty("marsad.keycloak.dist", built.getProperty("keycloak.dist"))),
            built.getProperty("elasticsearch.version"),
            Path.of(System.getProperty("marsad.elasticsearch.lib", built.getProperty("elasticsearch.node.lib"))),
            Path.of(System.getProperty("marsad.mail.jar", built.getProperty("mail.jar")))
        );
    }

    public Path requireKeycloakDist() {
        return require(keycloakDist, "the Keycloak distribution (org.keycloak:keycloak-quarkus-dist:" + keycloakVersion + ":tar.gz)");
    }

    public Path requireElasticsearchNodeLib() {
        return require(elasticsearchNodeLib, "the Elasticsearch node classpath (module deploy/elasticsearch-node)");
    }

    public Path requireMailServerJar() {
        return require(mailServerJar, "the mail server (com.icegreen:greenmail-standalone)");
    }

    private static Path require(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Cannot find " + what + " at " + path + ". Run `./mvnw install -DskipTests` from the project root first.");
        }
        return path;
    }
}
