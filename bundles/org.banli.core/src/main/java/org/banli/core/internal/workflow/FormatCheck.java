package org.banli.core.internal.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Commitment;
import org.banli.api.item.Dossier;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.user.User;
import org.banli.core.internal.Texts;

/**
 * The format rules (规范化) a reply must meet before it goes to the office: all failures at
 * once, so the unit fixes them in one pass.
 */
final class FormatCheck {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");

    private FormatCheck() {}

    static List<Violation> failures(
            CountyProfile county, Workflow.Directory directory, Dossier dossier, Reply reply, LocalDate today) {
        List<Violation> failures = new ArrayList<>();
        String approver = reply.approvedBy();
        boolean signedByApprover = reply.signer() != null
                && approver != null
                && (reply.signer().equals(approver)
                        || directory
                                .user(approver)
                                .map(User::displayName)
                                .filter(reply.signer()::equals)
                                .isPresent());
        // The signer is compared with the head who approved; before approval there is no one to compare with.
        if (approver != null && !signedByApprover) {
            failures.add(
                    new Violation("signer", "签发人须为审定答复的单位主要领导 (the signer must be the unit head who approved it)"));
        }
        if (Texts.isBlank(reply.contactPerson())) {
            failures.add(new Violation("contactPerson", "缺少联系人 (contact person missing)"));
        }
        if (Texts.isBlank(reply.contactPhone())
                || !PHONE.matcher(reply.contactPhone()).matches()) {
            failures.add(new Violation("contactPhone", "联系电话缺失或格式不对 (contact phone missing or malformed)"));
        }
        if (reply.replyClass() == null) {
            failures.add(new Violation("replyClass", "缺少答复类别 (reply class missing)"));
        }
        if (reply.text() == null || reply.text().strip().length() < county.minimumReplyLength()) {
            failures.add(new Violation(
                    "text",
                    "答复内容过短，至少 " + county.minimumReplyLength() + " 字 (the text needs at least "
                            + county.minimumReplyLength() + " characters)"));
        }
        if (reply.replyClass() == ReplyClass.B && reply.commitments().isEmpty()) {
            failures.add(new Violation("commitments", "B类答复须列明承诺事项 (a class-B reply lists its commitments)"));
        }
        for (Commitment c : reply.commitments()) {
            if (c.dueDate() == null) {
                failures.add(new Violation("commitments", "承诺事项“" + c.text() + "”缺少完成时限 (commitment has no due date)"));
            }
        }
        if (reply.replyClass() == ReplyClass.C && reply.limitReason() == null) {
            failures.add(
                    new Violation("limitReason", "C类答复须说明受限原因 (a class-C reply states why it cannot be solved now)"));
        }
        LocalDate opinionsBy = Deadlines.coUnitOpinionsBy(county, dossier.item());
        if (!today.isAfter(opinionsBy)) {
            for (CoUnit co : dossier.activeCoUnits()) {
                if (co.opinion() == null) {
                    failures.add(new Violation(
                            "coUnits",
                            "协办单位 " + co.unitCode() + " 尚未提交协办意见（期限 " + opinionsBy + "） (co-unit " + co.unitCode()
                                    + " has not sent its opinion, due " + opinionsBy + ")"));
                } else if (!reply.countersignedBy().contains(co.unitCode())) {
                    failures.add(new Violation(
                            "coUnits",
                            "协办单位 " + co.unitCode() + " 尚未会签 (co-unit " + co.unitCode() + " has not countersigned)"));
                }
            }
        }
        return failures;
    }
}
