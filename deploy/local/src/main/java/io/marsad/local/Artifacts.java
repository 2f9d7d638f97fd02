package io.marsad.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server artifacts the build resolved from Maven Central: the Keycloak distribution archive and
 * the Elasticsearch node's classpath. Paths are written into {@code marsad-local.properties} at build
 * time; {@code -Dmarsad.keycloak.dist} and {@code -Dmarsad.elasticsearch.lib} override them.
 */
public record Artifacts(String keycloakVersion, Path keycloakDist, String elasticsearchVersion, Path elasticsearchNodeLib) {

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
            Path.of(System.getProperty("marsad.elasticsearch.lib", built.getProperty("elasticsearch.node.lib")))
        );
    }

    public Path requireKeycloakDist() {
        return require(keycloakDist, "the Keycloak distribution (org.keycloak:keycloak-quarkus-dist:" + keycloakVersion + ":tar.gz)");
    }

    public Path requireElasticsearchNodeLib() {
        return require(elasticsearchNodeLib, "the Elasticsearch node classpath (module deploy/elasticsearch-node)");
    }

    private static Path require(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Cannot find " + what + " at " + path + ". Run `./mvnw install -DskipTests` from the project root first.");
        }
        return path;
    }
}
