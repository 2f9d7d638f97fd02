package io.marsad.local.server;

import io.marsad.local.Artifacts;
import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Elasticsearch in its own JVM (module deploy/elasticsearch-node), on loopback.
 * Its data lives in {@code dir/data} and survives restarts.
 */
public final class ElasticsearchServer implements LocalServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Path SYSTEM_ZSTD = Path.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1");

    private final ManagedProcess process;
    private final URI url;

    private ElasticsearchServer(ManagedProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    public static ElasticsearchServer start(Path dir, Artifacts artifacts, int httpPort, String heap) {
        Path lib = artifacts.requireElasticsearchNodeLib();
        Path nativeLibs = prepareNativeLibs(dir.resolve("native"));
        int transportPort = Ports.freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(
            JavaRuntime.javaExecutable().toString(),
            "-Xms" + heap, "-Xmx" + heap,
            "-XX:+UseG1GC",
            "-Djava.io.tmpdir=" + mkdirs(dir.resolve("tmp")),
            "-Des.nativelibs.path=" + nativeLibs,
            // libvec.so ships only with the distribution; Lucene's Panama code is used instead.
            "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
            "-Dmarsad.exitWhenStdinCloses=true",
            "--enable-native-access=ALL-UNNAMED",
            "--add-modules", "jdk.incubator.vector",
            "-cp", lib.toAbsolutePath() + "/*",
            "io.marsad.elasticsearch.node.EmbeddedElasticsearch",
            "path.home=" + dir,
            "path.data=" + mkdirs(dir.resolve("data")),
            "path.logs=" + mkdirs(dir.resolve("logs")),
            "http.port=" + httpPort,
            "transport.port=" + transportPort,
            // Marsad's searches always filter: aggregations rewritten into one filter per bucket cost
            // three times more over the monthly indices' many segments (docs/query-language.md#latency)
            "search.aggs.rewrite_to_filter_by_filter=false"
        ));
        ManagedProcess process = ManagedProcess.start("elasticsearch", command, Map.of(), dir, dir.resolve("logs").resolve("elasticsearch.out"));
        URI url = URI.create("http://127.0.0.1:" + httpPort);
        try {
            HttpWait.untilOk(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"), START_TIMEOUT, process::isAlive, "Elasticsearch");
        } catch (RuntimeException e) {
            String tail = process.logTail(30);
            process.close();
            throw new IllegalStateException(e.getMessage() + "\n--- " + process.log() + " ---\n" + tail, e);
        }
        return new ElasticsearchServer(process, url);
    }

    /** Elasticsearch looks up libzstd under es.nativelibs.path; point it at the system library if there is one. */
    private static Path prepareNativeLibs(Path nativeDir) {
        mkdirs(nativeDir);
        Path link = nativeDir.resolve("libzstd.so");
        try {
            if (!Files.exists(link) && Files.exists(SYSTEM_ZSTD)) {
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, SYSTEM_ZSTD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + SYSTEM_ZSTD + " into " + nativeDir, e);
        }
        return nativeDir;
    }

    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return url;
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
