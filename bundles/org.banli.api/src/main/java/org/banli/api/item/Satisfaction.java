package org.banli.api.item;

import org.banli.api.Bilingual;

/** The submitter's verdict on a reply (满意度测评). */
public enum Satisfaction {
    /** 满意. */
    SATISFIED("满意"),
    /** 基本满意. */
    BASICALLY_SATISFIED("基本满意"),
    /** 不满意: the item is handled again. */
    UNSATISFIED("不满意");

    private final String chinese;

    Satisfaction(String chinese) {
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
