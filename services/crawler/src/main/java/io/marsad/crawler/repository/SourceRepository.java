package io.marsad.crawler.repository;

import io.marsad.crawler.model.Source;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, Long> {

    public Optional<Source> findByHomepage(String homepage) {
        return find("homepage", homepage).firstResultOptional();
    }

    /** Sources by name fragment (case-insensitive) and enabled state; both filters optional. */
    public PanacheQuery<Source> search(String nameContains, Boolean enabled, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and lower(name) like :name");
            parameters.and("name", "%" + nameContains.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (enabled != null) {
            where.append(" and enabled = :enabled");
            parameters.and("enabled", enabled);
        }
        return find(where.toString(), Sort.by("name").and("id"), parameters).page(Page.of(page, size));
    }
}
