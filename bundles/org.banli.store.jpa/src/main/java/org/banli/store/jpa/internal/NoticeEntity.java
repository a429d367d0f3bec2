package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.banli.api.item.SupervisionNotice;

@Entity
@Table(name = "BANLI_NOTICE", indexes = @Index(name = "BANLI_NOTICE_ITEM", columnList = "ITEM_ID"))
public class NoticeEntity extends ItemRecordEntity {

    @Column(name = "UNIT_CODE", nullable = false, length = 32)
    String unitCode;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "NOTICE_TEXT", nullable = false)
    String text;

    @Column(nullable = false)
    LocalDate dueDate;

    @Column(nullable = false, length = 64)
    String issuedBy;

    @Column(nullable = false)
    Instant issuedAt;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    String response;

    @Column(length = 64)
    String respondedBy;

    Instant respondedAt;

    void set(SupervisionNotice n) {
        unitCode = n.unitCode();
        text = n.text();
        dueDate = n.dueDate();
        issuedBy = n.issuedBy();
        issuedAt = n.issuedAt();
        response = n.response();
        respondedBy = n.respondedBy();
        respondedAt = n.respondedAt();
    }

    SupervisionNotice toNotice() {
        return new SupervisionNotice(
                id, unitCode, text, dueDate, issuedBy, issuedAt, response, respondedBy, respondedAt);
    }
}
