package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Index;
import javax.persistence.Table;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.TextLimits;

/** An append-only history entry: written once with its transition and sealed, never updated. */
@Entity
@Table(name = "BANLI_ITEM_EVENT", indexes = @Index(name = "BANLI_EVENT_ITEM", columnList = "ITEM_ID"))
public class ItemEventEntity extends ItemRecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    ItemAction action;

    @Column(nullable = false, length = 64)
    String actor;

    @Column(name = "EVENT_AT", nullable = false)
    Instant at;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ItemStatus toStatus;

    @Column(length = TextLimits.REASON)
    String reason;

    /** {@link HistorySeal} of this entry after the item's one before; null for entries written before sealing. */
    @Column(length = 64)
    String seal;

    ItemEvent toEvent() {
        return new ItemEvent(item.id, action, actor, at, fromStatus, toStatus, reason);
    }
}
