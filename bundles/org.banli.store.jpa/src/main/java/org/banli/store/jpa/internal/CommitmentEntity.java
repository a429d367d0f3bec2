package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.banli.api.item.Commitment;
import org.banli.api.item.TextLimits;

@Entity
@Table(name = "BANLI_COMMITMENT", indexes = @Index(name = "BANLI_COMMITMENT_REPLY", columnList = "REPLY_ID"))
public class CommitmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @ManyToOne(optional = false)
    ReplyEntity reply;

    @Column(name = "COMMITMENT_TEXT", nullable = false, length = TextLimits.COMMITMENT)
    String text;

    LocalDate dueDate;

    LocalDate doneOn;

    @Column(length = TextLimits.PROGRESS)
    String progress;

    @Column(length = 64)
    String updatedBy;

    Instant updatedAt;

    void set(Commitment c) {
        text = c.text();
        dueDate = c.dueDate();
        doneOn = c.doneOn();
        progress = c.progress();
        updatedBy = c.updatedBy();
        updatedAt = c.updatedAt();
    }

    Commitment toCommitment() {
        return new Commitment(id, text, dueDate, doneOn, progress, updatedBy, updatedAt);
    }
}
