package org.banli.api.item;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of an item's life as a person asks for it (DESIGN.md §2). {@code version}, when
 * given, is the item version the person last saw: a stale one is refused.
 */
public sealed interface Step {

    Long version();

    /** 交办 or 改办 by the office: host unit and co-units. */
    record Assign(Long version, String hostUnit, List<String> coUnits, String reason) implements Step {
    }

    /** 签收 by the host unit, or by a co-unit for its part. */
    record Accept(Long version) implements Step {
    }

    /** 申请退回 by the host unit or a co-unit, within the county's window. */
    record RequestReturn(Long version, String reason) implements Step {
    }

    /** The office's decision on a return request; approving a host's request reassigns the item. */
    record DecideReturn(Long version, boolean approve, String hostUnit, List<String> coUnits, String reason)
            implements Step {
    }

    /** A contact with the submitter (办前/办中/办后). */
    record RecordContact(Long version, ContactPhase phase, ContactMethod method, LocalDate date,
            String participants, String summary) implements Step {
    }

    /** The submitter confirms or disputes a recorded contact. */
    record ConfirmContact(Long version, long contactId, boolean confirmed, String remark) implements Step {
    }

    /** 协办意见 of a co-unit, sent to the host. */
    record CoUnitOpinion(Long version, String opinion) implements Step {
    }

    /** 申请延期 by the host unit. */
    record RequestExtension(Long version, LocalDate until, String reason) implements Step {
    }

    /** The office's decision on an extension; {@code until} may grant less than was asked. */
    record DecideExtension(Long version, boolean approve, LocalDate until, String reason) implements Step {
    }

    /** The host unit's draft reply; a new draft replaces the previous one and its approvals. */
    record DraftReply(Long version, ReplyClass replyClass, LimitReason limitReason, String text,
            List<CommitmentDraft> commitments, String signer, String contactPerson, String contactPhone,
            String copyTo) implements Step {
    }

    record CommitmentDraft(String text, LocalDate dueDate) {
    }

    /** 会签 of the draft by a co-unit. */
    record Countersign(Long version) implements Step {
    }

    /** 审定 of the draft by the host unit's head. */
    record ApproveReply(Long version) implements Step {
    }

    /** The unit head sends the draft back to be rewritten. */
    record SendBackReply(Long version, String remark) implements Step {
    }

    /** The host unit submits the approved reply; the format checks (规范化) run here. */
    record SubmitReply(Long version) implements Step {
    }

    /** The office accepts the reply or returns it with remarks. */
    record ReviewReply(Long version, boolean accept, String remark) implements Step {
    }

    /** 满意度测评 by the submitter. */
    record Rate(Long version, Satisfaction satisfaction, Satisfaction process, Satisfaction result, String comment)
            implements Step {
    }

    /** 当面协商 recorded by the office after a second unsatisfied rating. */
    record RecordConsultation(Long version, LocalDate date, String participants, String summary) implements Step {
    }

    /** Progress on a class-B commitment (回头看); {@code doneOn} marks it kept. */
    record UpdateCommitment(Long version, long commitmentId, LocalDate doneOn, String progress) implements Step {
    }

    /** 督办通知 from a supervisor to one unit. */
    record IssueNotice(Long version, String unitCode, String text, LocalDate dueDate) implements Step {
    }

    /** The unit's response to a supervision notice. */
    record RespondNotice(Long version, long noticeId, String response) implements Step {
    }

    /** A leading official's comment (批示) on a key item they lead. */
    record AddComment(Long version, String text) implements Step {
    }

    /** The office closes an item the submitter did not rate within the rating window. */
    record Close(Long version, String reason) implements Step {
    }

    /** 并案: the office merges registered items into this one. */
    record Merge(Long version, List<Long> items, String reason) implements Step {
    }
}
