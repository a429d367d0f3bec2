package org.banli.store.jpa.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.banli.api.item.Intake;

/**
 * What the office's sheet said of an item beyond registration, one row per item that came in a batch.
 * Names and unit codes are kept as the lists they are, one per line: they are read with the item, never
 * searched.
 */
@Entity
@Table(name = "BANLI_ITEM_INTAKE")
public class ItemIntakeEntity {

    @Id
    @Column(name = "ITEM_ID")
    Long itemId;

    LocalDate submittedOn;

    @Column(length = 100)
    String delegation;

    @Column(length = 40)
    String phone;

    @Column(length = 2000)
    String coSubmitters;

    @Column(length = 32)
    String proposedHost;

    @Column(length = 400)
    String proposedCoUnits;

    static ItemIntakeEntity of(long itemId, Intake intake) {
        ItemIntakeEntity entity = new ItemIntakeEntity();
        entity.itemId = itemId;
        entity.submittedOn = intake.submittedOn();
        entity.delegation = intake.delegation();
        entity.phone = intake.phone();
        entity.coSubmitters = lines(intake.coSubmitters());
        entity.proposedHost = intake.proposedHost();
        entity.proposedCoUnits = lines(intake.proposedCoUnits());
        return entity;
    }

    Intake toIntake() {
        return new Intake(submittedOn, delegation, phone, list(coSubmitters), proposedHost, list(proposedCoUnits));
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> list(String lines) {
        return lines == null ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
