package org.banli.rest.internal.dto;

import org.banli.api.unit.Unit;

/** A handling unit: a short code and a Chinese name. */
public record UnitDTO(String code, String name) {

    public static UnitDTO of(Unit unit) {
        return new UnitDTO(unit.code(), unit.name());
    }

    public Unit toUnit() {
        return new Unit(code, name);
    }
}
