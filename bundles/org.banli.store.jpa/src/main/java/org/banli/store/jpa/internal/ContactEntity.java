package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.TextLimits;

@Entity
@Table(name = "BANLI_CONTACT", indexes = @Index(name = "BANLI_CONTACT_ITEM", columnList = "ITEM_ID"))
public class ContactEntity extends ItemRecordEntity {

    @Column(name = "UNIT_CODE", length = 32)
    String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ContactPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ContactMethod method;

    @Column(name = "CONTACT_DATE", nullable = false)
    LocalDate date;

    @Column(length = TextLimits.NAMES)
    String participants;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    String summary;

    @Column(nullable = false, length = 64)
    String recordedBy;

    @Column(nullable = false)
    Instant recordedAt;

    Boolean confirmed;

    @Column(length = TextLimits.REASON)
    String submitterRemark;

    Instant confirmedAt;

    void set(Contact c) {
        unitCode = c.unitCode();
        phase = c.phase();
        method = c.method();
        date = c.date();
        participants = c.participants();
        summary = c.summary();
        recordedBy = c.recordedBy();
        recordedAt = c.recordedAt();
        confirmed = c.confirmed();
        submitterRemark = c.submitterRemark();
        confirmedAt = c.confirmedAt();
    }

    Contact toContact() {
        return new Contact(
                id,
                unitCode,
                phase,
                method,
                date,
                participants,
                summary,
                recordedBy,
                recordedAt,
                confirmed,
                submitterRemark,
                confirmedAt);
    }
}
