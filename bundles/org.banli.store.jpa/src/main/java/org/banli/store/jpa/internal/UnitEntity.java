package org.banli.store.jpa.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.banli.api.unit.Unit;

@Entity
@Table(name = "BANLI_UNIT")
public class UnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Column(nullable = false, unique = true, length = 32)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    Unit toUnit() {
        return new Unit(code, name);
    }
}
