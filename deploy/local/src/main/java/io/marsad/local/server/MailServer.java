package io.marsad.local.server;

import io.marsad.local.Artifacts;
import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for local runs and tests: GreenMail's standalone server (from Maven Central)
 * in its own JVM, on loopback. It accepts mail for any address without authentication and keeps
 * it in memory; its web page and REST API ({@code /api/user/{address}/messages/INBOX}) show what
 * it received.
 */
public final class MailServer implements LocalServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final int smtpPort;
    private final URI api;

    private MailServer(ManagedProcess process, int smtpPort, URI api) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.api = api;
    }

    public static MailServer start(Path dir, Artifacts artifacts, int smtpPort, int apiPort) {
        Path jar = artifacts.requireMailServerJar();
        List<String> command = List.of(
            JavaRuntime.javaExecutable().toString(),
            "-Xmx128m",
            "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
            "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
            "-Dgreenmail.auth.disabled",
            "-jar", jar.toAbsolutePath().toString());
        ManagedProcess process = ManagedProcess.start("mail", command, Map.of(), ElasticsearchServer.mkdirs(dir),
            ElasticsearchServer.mkdirs(dir.resolve("logs")).resolve("mail.out"));
        URI api = URI.create("http://127.0.0.1:" + apiPort);
        try {
            HttpWait.untilOk(api.resolve("/api/service/readiness"), START_TIMEOUT, process::isAlive, "the mail server");
        } catch (RuntimeException e) {
            String tail = process.logTail(30);
            process.close();
            throw new IllegalStateException(e.getMessage() + "\n--- " + process.log() + " ---\n" + tail, e);
        }
        return new MailServer(process, smtpPort, api);
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The web page and REST API that show received mail. */
    public URI api() {
        return api;
    }

    /** Where an address's received messages are, as JSON. */
    public URI inbox(String address) {
        return api.resolve("/api/user/" + address + "/messages/INBOX/");
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public java.util.concurrent.CompletableFuture<String> exited() {
        return process.exited();
    }

    @Override
    public void close() {
        process.close();
    }
}
