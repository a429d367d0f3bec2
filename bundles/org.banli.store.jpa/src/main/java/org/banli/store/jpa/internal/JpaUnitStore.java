package org.banli.store.jpa.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.store.spi.UnitStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = UnitStore.class)
public class JpaUnitStore implements UnitStore {

    private final Database database;
    private final Map<String, Unit> found = new ConcurrentHashMap<>();

    @Activate
    public JpaUnitStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Unit create(Unit unit) {
        return database.inTransaction(em -> {
            if (database.keys().unit(em, unit.code()).isPresent()) {
                throw BanliException.conflict(Text.of(Text.Code.UNIT_CODE_TAKEN, "unit", unit.code()));
            }
            UnitEntity entity = new UnitEntity();
            entity.code = unit.code();
            entity.name = unit.name();
            em.persist(entity);
            return entity.toUnit();
        });
    }

    /**
     * Units are never changed or removed once created, so a unit found is remembered: steps check
     * their units on every call, and on every node the answer stays true.
     */
    @Override
    public Optional<Unit> find(String code) {
        Unit known = found.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Unit> unit = database.read(em -> database.keys().unit(em, code).map(UnitEntity::toUnit));
        unit.ifPresent(u -> found.put(code, u));
        return unit;
    }

    @Override
    public List<Unit> list() {
        return database.read(em -> em.createQuery("SELECT u FROM UnitEntity u ORDER BY u.code", UnitEntity.class)
                .getResultStream()
                .map(UnitEntity::toUnit)
                .toList());
    }
}
