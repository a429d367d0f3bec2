package org.banli.api.item;

import org.banli.api.Bilingual;

/** When a contact with the submitter took place. */
public enum ContactPhase {
    /** 办前拜访. */
    BEFORE("办前"),
    /** 办中走访. */
    DURING("办中"),
    /** 办后回访. */
    AFTER("办后"),
    /** 当面协商: the office meets a submitter still unsatisfied after rehandling. */
    CONSULTATION("当面协商");

    private final String chinese;

    ContactPhase(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** In English, for a reader who chose it. */
    public String english() {
        return Bilingual.english(this);
    }
}
