package org.banli.api.user;

import org.banli.api.Bilingual;

/** What a user may do (DESIGN.md §1). A user may hold several roles. */
public enum Role implements Bilingual {
    /** 平台管理员: users, units, configuration, plugins. */
    ADMIN("平台管理员"),
    /** 政府办: registers, assigns and reviews. */
    OFFICE("政府办"),
    /** 督查室 and the liaison committees: read everything, supervise. */
    SUPERVISOR("督查室"),
    /** 承办单位经办人: acts on the items of their own unit. */
    HANDLER("承办单位经办人"),
    /** 承办单位主要领导: approves the unit's replies. */
    UNIT_HEAD("承办单位主要领导"),
    /** 人大代表 / 政协委员: sees and rates their own items. */
    SUBMITTER("代表/委员"),
    /** 县领导: reads, comments on the key items they lead. */
    LEADER("县领导"),
    /** 人大代表联络: reads the suggestions (建议). */
    NPC_LIAISON("人大联络"),
    /** 政协委员联络: reads the proposals (提案). */
    CPPCC_LIAISON("政协联络");

    private final String chinese;

    Role(String chinese) {
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

    /** Roles whose holders belong to a handling unit. */
    public boolean needsUnit() {
        return this == HANDLER || this == UNIT_HEAD;
    }
}
