package org.banli.store.jpa.internal;

import org.banli.api.item.Dossier;

/**
 * The kinds of record an item's file holds, each one bit of {@link ItemEntity#recordKinds}, so that
 * reading a file skips the kinds it has none of. The bits are stored: never renumber them.
 */
enum RecordKind {
    CO_UNIT(1, CoUnitEntity.class),
    CONTACT(2, ContactEntity.class),
    REQUEST(4, UnitRequestEntity.class),
    REPLY(8, ReplyEntity.class),
    RATING(16, RatingEntity.class),
    NOTICE(32, NoticeEntity.class),
    COMMENT(64, CommentEntity.class),
    /** Other items merged into this one (并案). */
    MERGED_ITEM(128, null);

    private final int bit;
    private final Class<? extends ItemRecordEntity> entity;

    RecordKind(int bit, Class<? extends ItemRecordEntity> entity) {
        this.bit = bit;
        this.entity = entity;
    }

    /** Whether an item with {@code kinds} may have records of this kind; unknown kinds (null) may have any. */
    boolean in(Integer kinds) {
        return kinds == null || (kinds & bit) != 0;
    }

    /** Notes that {@code item} now has a record of this kind; unknown kinds stay unknown. */
    void addTo(ItemEntity item) {
        if (item.recordKinds != null) {
            item.recordKinds |= bit;
        }
    }

    static RecordKind of(ItemRecordEntity record) {
        for (RecordKind kind : values()) {
            if (kind.entity != null && kind.entity.isInstance(record)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown record " + record.getClass());
    }

    /** The kinds a whole file, read in full, holds. */
    static int of(Dossier file) {
        int kinds = 0;
        kinds |= file.coUnits().isEmpty() ? 0 : CO_UNIT.bit;
        kinds |= file.contacts().isEmpty() ? 0 : CONTACT.bit;
        kinds |= file.requests().isEmpty() ? 0 : REQUEST.bit;
        kinds |= file.replies().isEmpty() ? 0 : REPLY.bit;
        kinds |= file.ratings().isEmpty() ? 0 : RATING.bit;
        kinds |= file.notices().isEmpty() ? 0 : NOTICE.bit;
        kinds |= file.comments().isEmpty() ? 0 : COMMENT.bit;
        kinds |= file.mergedItems().isEmpty() ? 0 : MERGED_ITEM.bit;
        return kinds;
    }
}
