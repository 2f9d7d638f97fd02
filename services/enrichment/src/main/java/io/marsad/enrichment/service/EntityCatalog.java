package io.marsad.enrichment.service;

import io.marsad.enrichment.entity.Entity;
import io.marsad.enrichment.entity.EntityMatcher;
import io.marsad.enrichment.entity.KnowledgeBase;
import io.marsad.enrichment.repository.EntityAdditionRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The knowledge base in use: the bundled tables with the admins' additions laid over them, and the
 * matcher built from both. A change made here is in effect for the next article; a change made
 * through another replica is noticed within {@code marsad.entities.refresh-every}.
 */
@ApplicationScoped
public class EntityCatalog {

    private static final Logger LOG = Logger.getLogger(EntityCatalog.class);

    private record Snapshot(EntityMatcher matcher, java.util.Set<String> addedIds, EntityAdditionRepository.Version version) {}

    private final KnowledgeBase bundled = KnowledgeBase.load();
    private final EntityAdditionRepository additions;
    private volatile Snapshot snapshot;

    EntityCatalog(EntityAdditionRepository additions) {
        this.additions = additions;
    }

    public EntityMatcher matcher() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    rebuild();
                }
                current = snapshot;
            }
        }
        return current.matcher();
    }

    public KnowledgeBase knowledgeBase() {
        return matcher().knowledgeBase();
    }

    /** Whether the entity with this id is in the bundled tables (admins can add spellings to it, not replace it). */
    public boolean isBundled(String id) {
        return bundled.get(id) != null;
    }

    /** Stores an addition and puts it in effect. */
    public synchronized void save(Entity addition, String user) throws SQLException {
        additions.save(addition, user);
        rebuild();
    }

    /** Whether admins added this entity or spellings to it. */
    public boolean isAdded(String id) {
        matcher();
        return snapshot.addedIds().contains(id);
    }

    public java.util.Optional<Entity> addition(String id) throws SQLException {
        return additions.find(id);
    }

    @Scheduled(every = "${marsad.entities.refresh-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refreshIfChanged() {
        try {
            if (snapshot != null && !Objects.equals(snapshot.version(), additions.version())) {
                rebuild();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not check the knowledge-base additions: %s", e.getMessage());
        }
    }

    private void rebuild() {
        try {
            EntityAdditionRepository.Version version = additions.version();
            List<Entity> added = additions.all();
            EntityMatcher matcher = new EntityMatcher(bundled.with(added));
            snapshot = new Snapshot(matcher, added.stream().map(Entity::id).collect(java.util.stream.Collectors.toUnmodifiableSet()), version);
            LOG.infof("knowledge base: %d entities (%d additions), %d shared spellings left out",
                matcher.knowledgeBase().size(), added.size(), matcher.ambiguousSpellings().size());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the knowledge-base additions", e);
        }
    }
}
