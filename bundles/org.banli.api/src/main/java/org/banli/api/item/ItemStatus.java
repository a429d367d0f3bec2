package org.banli.api.item;

import java.util.EnumSet;
import java.util.Set;
import org.banli.api.Bilingual;

/** Where an item stands in its life (DESIGN.md §2). */
public enum ItemStatus implements Bilingual {
    /** 已登记: registered, not yet assigned. */
    REGISTERED("已登记"),
    /** 已交办: assigned to its host unit, not yet accepted. */
    ASSIGNED("已交办"),
    /** 办理中: accepted and being handled. */
    HANDLING("办理中"),
    /** 已审定: the unit head approved the reply. */
    REPLY_APPROVED("已审定"),
    /** 待审核: the office reviews the reply. */
    UNDER_REVIEW("待审核"),
    /** 已答复: the reply reached the submitter, awaiting the rating. */
    REPLIED("已答复"),
    /** 重新办理: handled again after an unsatisfied rating. */
    REHANDLING("重新办理"),
    /** 待当面协商: still unsatisfied after rehandling; the office meets the submitter. */
    CONSULTATION("待当面协商"),
    /** 回头看: class-B commitments are being followed up. */
    FOLLOW_UP("回头看"),
    /** 已办结. */
    CLOSED("已办结");

    /** The states in which the host unit still owes a reply: the reply deadline runs. */
    public static final Set<ItemStatus> AWAITING_REPLY =
            EnumSet.of(ASSIGNED, HANDLING, REPLY_APPROVED, UNDER_REVIEW, REHANDLING);

    private final String chinese;

    ItemStatus(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return Bilingual.english(this);
    }
}
