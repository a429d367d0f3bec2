package org.banli.api.user;

/** What a user may do (DESIGN.md §1). A user may hold several roles. */
public enum Role {
    /** 平台管理员: users, units, configuration, plugins. */
    ADMIN,
    /** 政府办: registers, assigns and reviews. */
    OFFICE,
    /** 督查室 and the liaison committees: read everything, supervise. */
    SUPERVISOR,
    /** 承办单位经办人: acts on the items of their own unit. */
    HANDLER,
    /** 承办单位主要领导: approves the unit's replies. */
    UNIT_HEAD,
    /** 人大代表 / 政协委员: sees and rates their own items. */
    SUBMITTER,
    /** 县领导: reads, comments on the key items they lead. */
    LEADER,
    /** 人大代表联络: reads the suggestions (建议). */
    NPC_LIAISON,
    /** 政协委员联络: reads the proposals (提案). */
    CPPCC_LIAISON;

    /** Roles whose holders belong to a handling unit. */
    public boolean needsUnit() {
        return this == HANDLER || this == UNIT_HEAD;
    }
}
