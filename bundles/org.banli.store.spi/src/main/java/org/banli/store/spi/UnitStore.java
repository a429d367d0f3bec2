package org.banli.store.spi;

import java.util.List;
import java.util.Optional;
import org.banli.api.unit.Unit;

/** Persistence of handling units. */
public interface UnitStore {

    /** Stores a new unit; a conflict when the code is taken. */
    Unit create(Unit unit);

    Optional<Unit> find(String code);

    List<Unit> list();
}
