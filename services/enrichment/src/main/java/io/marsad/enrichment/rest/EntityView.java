package io.marsad.enrichment.rest;

import io.marsad.enrichment.entity.Entity;

import java.util.List;
import java.util.Map;

/**
 * A knowledge-base entity as the API shows it.
 *
 * @param origin {@code bundled} (shipped tables), {@code added} (created by an admin) or
 *               {@code bundled+added} (shipped, with spellings an admin added)
 */
public record EntityView(String id, String type, String name, Map<String, String> names, Map<String, List<String>> aliases,
                         String description, String origin) {

    static EntityView of(Entity entity, boolean bundled, boolean added) {
        String origin = bundled && added ? "bundled+added" : bundled ? "bundled" : "added";
        return new EntityView(entity.id(), entity.type(), entity.name(), entity.names(), entity.aliases(), entity.description(), origin);
    }
}
