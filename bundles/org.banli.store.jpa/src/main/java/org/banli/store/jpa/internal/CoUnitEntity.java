package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.banli.api.item.CoUnit;

@Entity
@Table(
        name = "BANLI_CO_UNIT",
        indexes = {
            @Index(name = "BANLI_CO_UNIT_ITEM", columnList = "ITEM_ID"),
            @Index(name = "BANLI_CO_UNIT_CODE", columnList = "UNIT_CODE")
        })
public class CoUnitEntity extends ItemRecordEntity {

    @Column(name = "UNIT_CODE", nullable = false, length = 32)
    String unitCode;

    @Column(nullable = false)
    Instant assignedAt;

    Instant acceptedAt;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    String opinion;

    @Column(length = 64)
    String opinionBy;

    Instant opinionAt;

    Instant releasedAt;

    void set(CoUnit c) {
        unitCode = c.unitCode();
        assignedAt = c.assignedAt();
        acceptedAt = c.acceptedAt();
        opinion = c.opinion();
        opinionBy = c.opinionBy();
        opinionAt = c.opinionAt();
        releasedAt = c.releasedAt();
    }

    CoUnit toCoUnit() {
        return new CoUnit(id, unitCode, assignedAt, acceptedAt, opinion, opinionBy, opinionAt, releasedAt);
    }
}
