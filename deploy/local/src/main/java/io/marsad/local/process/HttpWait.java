package io.marsad.local.process;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits until an HTTP endpoint answers 2xx, while the process behind it is still alive. */
public final class HttpWait {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpWait() {}

    public static void untilOk(URI uri, Duration timeout, BooleanSupplier stillAlive, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!stillAlive.getAsBoolean()) {
                throw new IllegalStateException(what + " exited while starting (last probe of " + uri + ": " + last + ")");
            }
            int status = status(uri);
            if (status >= 200 && status < 300) {
                return;
            }
            last = status < 0 ? "no answer" : "HTTP " + status;
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s (" + uri + ": " + last + ")");
    }

    /** The status code of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + uri, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
