package io.marsad.enrichment.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The knowledge base and its matcher, loaded once. */
@ApplicationScoped
public class EntityBeans {

    @Produces
    @Singleton
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load();
    }

    @Produces
    @Singleton
    EntityMatcher entityMatcher(KnowledgeBase knowledgeBase) {
        return new EntityMatcher(knowledgeBase);
    }
}
