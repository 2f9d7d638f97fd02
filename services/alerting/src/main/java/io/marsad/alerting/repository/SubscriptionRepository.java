package io.marsad.alerting.repository;

import io.marsad.alerting.model.Subscription;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, Long> {

    /** One user's subscriptions by name; with a null owner, everyone's (admins). */
    public PanacheQuery<Subscription> listed(String owner, int page, int size) {
        PanacheQuery<Subscription> query = owner == null ? findAll(Sort.by("name").and("id"))
            : find("ownerSubject", Sort.by("name").and("id"), owner);
        return query.page(Page.of(page, size));
    }

    /** The subscription if it is this user's; another user's is as absent as a missing one. */
    public Optional<Subscription> owned(long id, String owner) {
        return find("id = ?1 and ownerSubject = ?2", id, owner).firstResultOptional();
    }
}
