package org.banli.core.internal.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.banli.api.Actor;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.core.internal.Texts;
import org.banli.store.spi.UnitStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's handling units. */
@Component(service = UnitService.class)
public class UnitServiceImpl implements UnitService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private final UnitStore units;

    @Activate
    public UnitServiceImpl(@Reference UnitStore units) {
        this.units = units;
    }

    @Override
    public Unit create(Actor actor, Unit unit) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.ADD_UNITS);
        Texts.Violations violations = new Texts.Violations();
        if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
            violations.add("code", Text.Code.UNIT_CODE_FORMAT);
        }
        Texts.require(violations, "name", Text.Label.UNIT_NAME, unit.name(), 100);
        violations.throwIfAny();
        return units.create(new Unit(unit.code(), unit.name().strip()));
    }

    @Override
    public List<Unit> list() {
        return units.list();
    }

    @Override
    public Optional<Unit> find(String code) {
        return units.find(code);
    }
}
