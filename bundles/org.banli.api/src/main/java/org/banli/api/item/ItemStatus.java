package org.banli.api.item;

/** Where an item stands in its life (DESIGN.md §2). */
public enum ItemStatus {
    /** 已登记: registered, not yet assigned. */
    REGISTERED,
    /** 已交办: assigned to its host unit, not yet accepted. */
    ASSIGNED,
    /** 办理中: accepted and being handled. */
    HANDLING,
    /** 已审定: the unit head approved the reply. */
    REPLY_APPROVED,
    /** 待审核: the office reviews the reply. */
    UNDER_REVIEW,
    /** 已答复: the reply reached the submitter, awaiting the rating. */
    REPLIED,
    /** 重新办理: handled again after an unsatisfied rating. */
    REHANDLING,
    /** 回头看: class-B commitments are being followed up. */
    FOLLOW_UP,
    /** 已办结. */
    CLOSED
}
