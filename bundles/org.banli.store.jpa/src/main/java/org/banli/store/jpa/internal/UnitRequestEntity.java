package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Index;
import javax.persistence.Table;
import org.banli.api.item.TextLimits;
import org.banli.api.item.UnitRequest;

@Entity
@Table(name = "BANLI_UNIT_REQUEST", indexes = @Index(name = "BANLI_REQUEST_ITEM", columnList = "ITEM_ID"))
public class UnitRequestEntity extends ItemRecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUEST_KIND", nullable = false, length = 20)
    UnitRequest.Kind kind;

    @Column(name = "UNIT_CODE", nullable = false, length = 32)
    String unitCode;

    @Column(length = TextLimits.REASON)
    String reason;

    LocalDate requestedDate;

    @Column(nullable = false, length = 64)
    String requestedBy;

    @Column(nullable = false)
    Instant requestedAt;

    Boolean approved;

    @Column(length = 64)
    String decidedBy;

    Instant decidedAt;

    @Column(length = TextLimits.REASON)
    String decisionReason;

    LocalDate grantedDate;

    void set(UnitRequest r) {
        kind = r.kind();
        unitCode = r.unitCode();
        reason = r.reason();
        requestedDate = r.requestedDate();
        requestedBy = r.requestedBy();
        requestedAt = r.requestedAt();
        approved = r.approved();
        decidedBy = r.decidedBy();
        decidedAt = r.decidedAt();
        decisionReason = r.decisionReason();
        grantedDate = r.grantedDate();
    }

    UnitRequest toRequest() {
        return new UnitRequest(
                id,
                kind,
                unitCode,
                reason,
                requestedDate,
                requestedBy,
                requestedAt,
                approved,
                decidedBy,
                decidedAt,
                decisionReason,
                grantedDate);
    }
}
