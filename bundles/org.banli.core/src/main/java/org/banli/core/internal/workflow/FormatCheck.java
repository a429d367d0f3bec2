package org.banli.core.internal.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.Text;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Commitment;
import org.banli.api.item.Dossier;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.core.internal.Texts;

/**
 * The format rules (规范化) a reply must meet before it goes to the office: all failures at
 * once, so the unit fixes them in one pass.
 */
final class FormatCheck {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");

    private FormatCheck() {}

    /** @param unitName how a message names a unit: by its name, as people know it */
    static List<Violation> failures(
            CountyProfile county, Dossier dossier, Reply reply, LocalDate today, Function<String, String> unitName) {
        List<Violation> failures = new ArrayList<>();
        if (Texts.isBlank(reply.contactPerson())) {
            failures.add(new Violation("contactPerson", Text.of(Text.Code.CONTACT_PERSON_MISSING)));
        }
        if (Texts.isBlank(reply.contactPhone())
                || !PHONE.matcher(reply.contactPhone()).matches()) {
            failures.add(new Violation("contactPhone", Text.of(Text.Code.CONTACT_PHONE_MALFORMED)));
        }
        if (reply.replyClass() == null) {
            failures.add(new Violation("replyClass", Text.of(Text.Code.REPLY_CLASS_MISSING)));
        }
        if (reply.text() == null || reply.text().strip().length() < county.minimumReplyLength()) {
            failures.add(new Violation("text", Text.of(Text.Code.REPLY_TOO_SHORT, "min", county.minimumReplyLength())));
        }
        if (reply.replyClass() == ReplyClass.B && reply.commitments().isEmpty()) {
            failures.add(new Violation("commitments", Text.of(Text.Code.CLASS_B_NEEDS_COMMITMENTS)));
        }
        for (Commitment c : reply.commitments()) {
            if (c.dueDate() == null) {
                failures.add(new Violation(
                        "commitments", Text.of(Text.Code.COMMITMENT_WITHOUT_DUE_DATE, "commitment", c.text())));
            }
        }
        if (reply.replyClass() == ReplyClass.C && reply.limitReason() == null) {
            failures.add(new Violation("limitReason", Text.of(Text.Code.CLASS_C_NEEDS_LIMIT_REASON)));
        }
        LocalDate opinionsBy = Deadlines.coUnitOpinionsBy(county, dossier.item());
        if (!today.isAfter(opinionsBy)) {
            for (CoUnit co : dossier.activeCoUnits()) {
                if (co.opinion() == null) {
                    failures.add(new Violation(
                            "coUnits",
                            Text.of(
                                    Text.Code.CO_UNIT_OPINION_MISSING,
                                    "unit",
                                    unitName.apply(co.unitCode()),
                                    "due",
                                    opinionsBy)));
                } else if (!reply.countersignedBy().contains(co.unitCode())) {
                    failures.add(new Violation(
                            "coUnits",
                            Text.of(Text.Code.CO_UNIT_NOT_COUNTERSIGNED, "unit", unitName.apply(co.unitCode()))));
                }
            }
        }
        return failures;
    }
}
