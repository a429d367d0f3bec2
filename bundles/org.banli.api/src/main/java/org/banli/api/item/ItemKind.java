package org.banli.api.item;

import org.banli.api.Bilingual;

/** Where an item comes from. */
public enum ItemKind {
    /** 建议: from a people's-congress deputy. */
    SUGGESTION("建议"),
    /** 提案: from a political-consultative-conference member. */
    PROPOSAL("提案");

    private final String chinese;

    ItemKind(String chinese) {
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
