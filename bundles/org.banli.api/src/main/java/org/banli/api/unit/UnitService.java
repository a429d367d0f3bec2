package org.banli.api.unit;

import java.util.List;
import java.util.Optional;
import org.banli.api.Actor;

/** The handling units of the county. */
public interface UnitService {

    /** Adds a unit (administrators only). */
    Unit create(Actor actor, Unit unit);

    /** All units, ordered by code. */
    List<Unit> list();

    Optional<Unit> find(String code);
}
