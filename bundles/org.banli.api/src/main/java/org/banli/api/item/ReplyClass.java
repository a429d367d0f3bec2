package org.banli.api.item;

/** The class of a reply (答复类别). Which classes a county uses is configuration. */
public enum ReplyClass {
    /** 已解决或采纳. */
    A("已解决或采纳"),
    /** 正在解决或列入计划, with dated commitments. */
    B("正在解决或列入计划"),
    /** 因条件限制以后解决, reason explained. */
    C("因条件限制以后解决"),
    /** 留作参考. */
    D("留作参考");

    private final String chinese;

    ReplyClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
