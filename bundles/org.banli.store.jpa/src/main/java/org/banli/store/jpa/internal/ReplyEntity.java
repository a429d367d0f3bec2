package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.Basic;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import org.banli.api.item.Commitment;
import org.banli.api.item.LimitReason;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.TextLimits;

@Entity
@Table(
        name = "BANLI_REPLY",
        indexes = {
            @Index(name = "BANLI_REPLY_ITEM", columnList = "ITEM_ID"),
            @Index(name = "BANLI_REPLY_STATE", columnList = "REPLY_STATE")
        })
public class ReplyEntity extends ItemRecordEntity {

    @Column(name = "HANDLING_ROUND", nullable = false)
    int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "REPLY_STATE", nullable = false, length = 20)
    Reply.State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    ReplyClass replyClass;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    LimitReason limitReason;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "REPLY_TEXT", nullable = false)
    String text;

    @OneToMany(mappedBy = "reply", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    List<CommitmentEntity> commitments = new ArrayList<>();

    @Column(length = TextLimits.NAME)
    String signer;

    @Column(length = TextLimits.NAME)
    String contactPerson;

    @Column(length = TextLimits.PHONE)
    String contactPhone;

    @Column(length = TextLimits.NAMES)
    String copyTo;

    @Column(name = "UNIT_CODE", nullable = false, length = 32)
    String unitCode;

    @Column(nullable = false, length = 64)
    String author;

    @Column(nullable = false)
    Instant draftedAt;

    /** Unit codes, comma-separated: a short list only ever read with its reply. */
    @Column(length = 1000)
    String countersignedBy;

    @Column(length = 64)
    String approvedBy;

    Instant approvedAt;

    int submissions;

    Instant submittedAt;

    @Column(length = 64)
    String reviewedBy;

    Instant reviewedAt;

    @Column(length = TextLimits.REASON)
    String remark;

    LocalDate deadlineInForce;

    LocalDate acceptedOn;

    void set(Reply r) {
        round = r.round();
        state = r.state();
        replyClass = r.replyClass();
        limitReason = r.limitReason();
        text = r.text();
        signer = r.signer();
        contactPerson = r.contactPerson();
        contactPhone = r.contactPhone();
        copyTo = r.copyTo();
        unitCode = r.unitCode();
        author = r.author();
        draftedAt = r.draftedAt();
        countersignedBy = r.countersignedBy().isEmpty() ? null : String.join(",", r.countersignedBy());
        approvedBy = r.approvedBy();
        approvedAt = r.approvedAt();
        submissions = r.submissions();
        submittedAt = r.submittedAt();
        reviewedBy = r.reviewedBy();
        reviewedAt = r.reviewedAt();
        remark = r.remark();
        deadlineInForce = r.deadlineInForce();
        acceptedOn = r.acceptedOn();
        setCommitments(r.commitments());
    }

    /** Keeps commitments that stay (by id), drops those the draft no longer has, adds new ones. */
    private void setCommitments(List<Commitment> wanted) {
        Map<Long, CommitmentEntity> existing =
                commitments.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CommitmentEntity> result = new ArrayList<>();
        for (Commitment c : wanted) {
            CommitmentEntity entity = c.id() == null ? null : existing.get(c.id());
            if (entity == null) {
                entity = new CommitmentEntity();
                entity.reply = this;
            }
            entity.set(c);
            result.add(entity);
        }
        commitments.retainAll(result);
        result.stream().filter(c -> !commitments.contains(c)).forEach(commitments::add);
    }

    Reply toReply() {
        List<String> signed = countersignedBy == null ? List.of() : Arrays.asList(countersignedBy.split(","));
        return new Reply(
                id,
                round,
                state,
                replyClass,
                limitReason,
                text,
                commitments.stream().map(CommitmentEntity::toCommitment).toList(),
                signer,
                contactPerson,
                contactPhone,
                copyTo,
                unitCode,
                author,
                draftedAt,
                signed,
                approvedBy,
                approvedAt,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                remark,
                deadlineInForce,
                acceptedOn);
    }
}
