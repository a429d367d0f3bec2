package org.banli.api.item;

/** The class of a reply (答复类别). Which classes a county uses is configuration. */
public enum ReplyClass {
    /** 已解决或采纳. */
    A("已解决或采纳", "solved or adopted"),
    /** 正在解决或列入计划, with dated commitments. */
    B("正在解决或列入计划", "being solved or planned"),
    /** 因条件限制以后解决, reason explained. */
    C("因条件限制以后解决", "later, for reasons given"),
    /** 留作参考. */
    D("留作参考", "for reference");

    private final String chinese;
    private final String english;

    ReplyClass(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    /** In English, for a reader who chose it. */
    public String english() {
        return english;
    }
}
