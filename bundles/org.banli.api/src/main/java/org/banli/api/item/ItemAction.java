package org.banli.api.item;

import org.banli.api.Bilingual;

/** What happened to an item; one entry in its history per action. */
public enum ItemAction implements Bilingual {
    REGISTER("登记"),
    MERGE("并案"),
    ASSIGN("交办"),
    REQUEST_RETURN("申请退回"),
    DECIDE_RETURN("退回审批"),
    ACCEPT("签收"),
    RECORD_CONTACT("联系提出人"),
    CONFIRM_CONTACT("确认联系"),
    CO_UNIT_OPINION("协办意见"),
    REQUEST_EXTENSION("申请延期"),
    DECIDE_EXTENSION("延期审批"),
    DRAFT_REPLY("拟写答复"),
    COUNTERSIGN("会签"),
    APPROVE_REPLY("审定答复"),
    SEND_BACK_REPLY("退回修改"),
    SUBMIT_REPLY("提交答复"),
    REVIEW_REPLY("审核答复"),
    RATE("测评"),
    RECORD_CONSULTATION("当面协商"),
    UPDATE_COMMITMENT("落实承诺"),
    ISSUE_NOTICE("督办"),
    RESPOND_NOTICE("督办反馈"),
    COMMENT("领导批示"),
    DESIGNATE_KEY_ITEM("设定重点件"),
    SET_DISCLOSURE("设定公开"),
    CLOSE("办结");

    private final String chinese;

    ItemAction(String chinese) {
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
