package io.marsad.support.system;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Who am I talking to, and (for admins) which servers back this service. Present on every service. */
@Path("/api/system")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System")
public class SystemResource {

    private final SecurityIdentity identity;
    private final Instance<DependencyProbe> probes;
    private final String service;
    private final String version;

    SystemResource(SecurityIdentity identity, Instance<DependencyProbe> probes,
                   @ConfigProperty(name = "quarkus.application.name") String service,
                   @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.identity = identity;
        this.probes = probes;
        this.service = service;
        this.version = version;
    }

    @GET
    @Path("/info")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "The service's name and version, and the caller as the service sees them")
    public ServiceInfo info() {
        return new ServiceInfo(service, version, identity.getPrincipal().getName(), List.copyOf(new TreeSet<>(identity.getRoles())));
    }

    @GET
    @Path("/dependencies")
    @RolesAllowed("admin")
    @Operation(summary = "The servers this service depends on, with their versions (admins only)")
    public List<DependencyStatus> dependencies() {
        return probes.stream().map(DependencyProbe::probe).flatMap(Optional::stream).toList();
    }

    public record ServiceInfo(String service, String version, String user, List<String> roles) {}
}
