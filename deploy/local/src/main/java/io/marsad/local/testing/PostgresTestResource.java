package io.marsad.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real PostgreSQL server for {@code @QuarkusTest}s, with the database named by the init argument
 * {@code database}; sets the default datasource.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "marsad";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
            "quarkus.datasource.jdbc.url", TestServers.postgresDatabase(database),
            "quarkus.datasource.username", "postgres",
            "quarkus.datasource.password", "postgres"
        );
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM exits
    }
}
