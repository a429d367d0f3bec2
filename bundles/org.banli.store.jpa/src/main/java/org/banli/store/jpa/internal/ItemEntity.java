package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.TextLimits;
import org.banli.api.item.Urgency;

@Entity
@Table(
        name = "BANLI_ITEM",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "BANLI_ITEM_NUMBER",
                        columnNames = {"KIND", "SESSION_YEAR", "NUMBER"}),
        indexes = {
            @Index(name = "BANLI_ITEM_STATUS", columnList = "STATUS"),
            @Index(name = "BANLI_ITEM_HOST", columnList = "HOSTUNIT_ID"),
            @Index(name = "BANLI_ITEM_MERGED", columnList = "MERGEDINTO"),
            // The order of every list, so that a page is read off the index instead of sorting the year.
            @Index(name = "BANLI_ITEM_ORDER", columnList = "SESSION_YEAR DESC, KIND, NUMBER")
        })
/*
 * Every entity's ids come from EclipseLink's default table sequence (the row SEQ_GEN_TABLE of SEQUENCE),
 * here taken a thousand at a time instead of fifty: while a node takes its next block, every insert
 * of every step waits for it.
 */
@TableGenerator(
        name = ItemEntity.IDS,
        table = "SEQUENCE",
        pkColumnName = "SEQ_NAME",
        valueColumnName = "SEQ_COUNT",
        pkColumnValue = ItemEntity.IDS,
        allocationSize = 1000)
public class ItemEntity {

    static final String IDS = "SEQ_GEN_TABLE";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Version
    long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ItemKind kind;

    @Column(name = "SESSION_YEAR", nullable = false)
    int year;

    @Column(nullable = false)
    int number;

    @Column(nullable = false, length = TextLimits.TITLE)
    String title;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    String body;

    @ManyToOne(optional = false)
    UserEntity submitter;

    @Column(length = TextLimits.CATEGORY)
    String category;

    boolean keyItem;

    @Column(length = TextLimits.NAME)
    String leadingOfficial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Urgency urgency;

    boolean publicReply;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ItemStatus status;

    @ManyToOne
    UnitEntity hostUnit;

    /** The keys of the submitter and host, read-only, so that a list reads them without joining their tables. */
    @Column(name = "SUBMITTER_ID", insertable = false, updatable = false)
    Long submitterId;

    @Column(name = "HOSTUNIT_ID", insertable = false, updatable = false)
    Long hostUnitId;

    LocalDate deadline;

    @Column(nullable = false)
    Instant registeredAt;

    @Column(nullable = false, length = 64)
    String registeredBy;

    Instant assignedAt;

    Instant acceptedAt;

    @Column(name = "HANDLING_ROUND", nullable = false)
    int round = 1;

    /** The lead item of a merge (并案); an id rather than a relation, since the lead is read on its own. */
    Long mergedInto;

    Instant repliedAt;

    /**
     * The {@link RecordKind}s the item has records of, so that reading its file skips the others; null
     * for an item stored before they were kept, until its next step (then every kind is read).
     */
    @Column(name = "RECORD_KINDS")
    Integer recordKinds;

    /** The seal of the item's latest history entry, so that removing entries at the end shows too. */
    @Column(name = "HISTORY_SEAL", length = 64)
    String historySeal;

    /** What the assessment counts of the item, kept with every step. */
    @Embedded
    AssessedFacts facts;

    /** The host unit is looked up by the caller before anything changes: a query now would flush half a step. */
    void set(Progress progress, UnitEntity host) {
        hostUnit = host;
        deadline = progress.deadline();
        assignedAt = progress.assignedAt();
        acceptedAt = progress.acceptedAt();
        round = progress.round();
        mergedInto = progress.mergedInto();
        repliedAt = progress.repliedAt();
    }

    Item toItem() {
        return new Item(
                id,
                version,
                kind,
                year,
                number,
                title,
                body,
                submitter.username,
                category,
                keyItem,
                leadingOfficial,
                urgency,
                publicReply,
                status,
                new Progress(
                        hostUnit == null ? null : hostUnit.code,
                        deadline,
                        assignedAt,
                        acceptedAt,
                        round,
                        mergedInto,
                        repliedAt),
                registeredAt);
    }
}
