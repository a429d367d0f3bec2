package org.banli.api.item;

import org.banli.api.Bilingual;

/** Why a class-C reply cannot solve the matter now. */
public enum LimitReason {
    /** 超出县级财力: needs funds from a higher level. */
    BEYOND_COUNTY_FINANCES("超出县级财力"),
    /** 超出县级权限: the province or city decides. */
    BEYOND_COUNTY_AUTHORITY("超出县级权限"),
    OTHER("其他");

    private final String chinese;

    LimitReason(String chinese) {
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
