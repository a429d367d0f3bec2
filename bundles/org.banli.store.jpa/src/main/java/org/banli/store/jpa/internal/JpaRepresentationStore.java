package org.banli.store.jpa.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.BanliException;
import org.banli.store.spi.RepresentationStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = RepresentationStore.class)
public class JpaRepresentationStore implements RepresentationStore {

    private static final Logger LOG = LoggerFactory.getLogger(JpaRepresentationStore.class);

    private final Database database;

    @Activate
    public JpaRepresentationStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Map<Long, byte[]> find(String name, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return database.read(em -> {
            Map<Long, byte[]> found = new HashMap<>();
            em.createQuery(
                            "SELECT r FROM ItemRepresentationEntity r WHERE r.name = :name AND r.itemId IN :ids",
                            ItemRepresentationEntity.class)
                    .setParameter("name", name)
                    .setParameter("ids", List.copyOf(itemIds))
                    .getResultStream()
                    .forEach(r -> found.put(r.itemId, r.data));
            return found;
        });
    }

    @Override
    public void keep(String name, Map<Long, byte[]> representations) {
        if (representations.isEmpty()) {
            return;
        }
        try {
            database.inTransaction(em -> {
                Set<Long> kept = new HashSet<>(em.createQuery(
                                "SELECT r.itemId FROM ItemRepresentationEntity r WHERE r.name = :name AND r.itemId IN :ids",
                                Long.class)
                        .setParameter("name", name)
                        .setParameter("ids", List.copyOf(representations.keySet()))
                        .getResultList());
                representations.forEach((itemId, data) -> {
                    if (!kept.contains(itemId)) {
                        ItemRepresentationEntity entity = new ItemRepresentationEntity();
                        entity.itemId = itemId;
                        entity.name = name;
                        entity.data = data;
                        em.persist(entity);
                    }
                });
                em.flush();
                return null;
            });
        } catch (BanliException e) {
            if (e.problem() != BanliException.Problem.CONFLICT) {
                throw e;
            }
            // Another node kept some of the same at the same moment: theirs are as good; ours are made again next
            // start.
            LOG.debug("Representations {} of {} items kept by another node meanwhile", name, representations.size());
        }
    }
}
