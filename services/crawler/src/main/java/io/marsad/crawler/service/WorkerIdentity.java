package io.marsad.crawler.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Who holds a lease: this crawler process, distinct from every other replica. */
@ApplicationScoped
public class WorkerIdentity {

    private final String id = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "crawler" : host;
    }
}
