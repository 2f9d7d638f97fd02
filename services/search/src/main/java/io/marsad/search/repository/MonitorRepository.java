package io.marsad.search.repository;

import io.marsad.search.model.Monitor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class MonitorRepository implements PanacheRepositoryBase<Monitor, Long> {

    /** One user's monitors by name; with a null owner, everyone's (admins). */
    public PanacheQuery<Monitor> listed(String owner, int page, int size) {
        PanacheQuery<Monitor> query = owner == null ? findAll(Sort.by("name").and("id")) : find("ownerSubject", Sort.by("name").and("id"), owner);
        return query.page(Page.of(page, size));
    }

    /** The monitor if it is this user's; another user's is as absent as a missing one. */
    public Optional<Monitor> owned(long id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional();
    }
}
