package io.marsad.dashboard.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, as the layout needs to know it: admins see the admin pages in the menu. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean admin() {
        return !identity.isAnonymous() && identity.hasRole("admin");
    }
}
