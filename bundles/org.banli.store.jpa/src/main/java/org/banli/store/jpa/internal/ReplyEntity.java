package org.banli.store.jpa.internal;

import java.time.Instant;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;

@Entity
@Table(name = "BANLI_REPLY", indexes = @Index(name = "BANLI_REPLY_ITEM", columnList = "ITEM_ID"))
public class ReplyEntity extends ItemRecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    ReplyClass replyClass;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    String text;

    @Column(length = 100)
    String signer;

    @Column(length = 100)
    String contactPerson;

    @Column(length = 30)
    String contactPhone;

    @ManyToOne(optional = false)
    UnitEntity unit;

    @Column(nullable = false, length = 64)
    String author;

    @Column(name = "REPLIED_AT", nullable = false)
    Instant at;

    Reply toReply() {
        return new Reply(item.id, replyClass, text, signer, contactPerson, contactPhone, unit.code, author, at);
    }
}
