package io.marsad.elasticsearch.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of the Elasticsearch child JVM.
 * <p>
 * Arguments are Elasticsearch settings as {@code key=value}; {@code path.home} is required. The
 * node runs until the JVM is asked to stop (SIGTERM) or, with {@code -Dmarsad.exitWhenStdinCloses=true},
 * until its standard input closes, which happens when the parent launcher dies: then the node never
 * outlives the process that started it.
 */
public final class EmbeddedElasticsearch {

    /** Printed once HTTP is bound, so a parent can wait for it without polling. */
    public static final String READY_MARKER = "MARSAD-ELASTICSEARCH-READY";

    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, RootInfoPlugin.class, AnalysisCommonPlugin.class);

    private EmbeddedElasticsearch() {}

    public static void main(String[] args) throws Exception {
        Settings settings = settingsFrom(args);
        LogConfigurator.configureESLogging();
        LogConfigurator.setNodeName(settings.get("node.name", "marsad"));
        Path home = Path.of(settings.get("path.home"));
        Files.createDirectories(home.resolve("config"));
        Node node = new ClasspathPluginNode(new Environment(settings, home.resolve("config")), PLUGINS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(node);
            stopped.countDown();
        }, "marsad-es-shutdown"));
        node.start();
        System.out.println(READY_MARKER);
        System.out.flush();
        if (Boolean.getBoolean("marsad.exitWhenStdinCloses")) {
            Thread.ofPlatform().daemon().name("marsad-es-parent-watch").start(EmbeddedElasticsearch::exitWhenStdinCloses);
        }
        stopped.await();
    }

    static Settings settingsFrom(String[] args) {
        Settings.Builder builder = Settings.builder()
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("cluster.name", "marsad")
            .put("node.name", "marsad-1")
            // Development nodes run on laptops with full disks; refusing writes there helps nobody.
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + arg);
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();
        if (settings.get("path.home") == null) {
            throw new IllegalArgumentException("path.home=<dir> is required");
        }
        return settings;
    }

    private static void exitWhenStdinCloses() {
        try {
            while (System.in.read() >= 0) {
                // drain: nothing is ever sent, EOF is the signal
            }
        } catch (Exception ignored) {
            // a broken pipe means the parent is gone as well
        }
        System.exit(0);
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Elasticsearch did not close cleanly: " + e);
        }
    }
}
