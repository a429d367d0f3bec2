package org.banli.api.item;

import java.time.LocalDate;
import java.util.List;

/** One step of an item's life as a person asks for it (DESIGN.md §2). */
public sealed interface Step {

    /**
     * Hands this step to the method of {@code rules} that decides it. Every step has its method, so a new
     * step does not compile until each set of rules (the workflow's, the notifications') says what it does.
     */
    <R> R decidedBy(Rules<R> rules);

    /** What to do with each kind of step; one method per step, named after it. */
    interface Rules<R> {
        R assign(Assign step);

        R accept(Accept step);

        R requestReturn(RequestReturn step);

        R decideReturn(DecideReturn step);

        R recordContact(RecordContact step);

        R confirmContact(ConfirmContact step);

        R coUnitOpinion(CoUnitOpinion step);

        R requestExtension(RequestExtension step);

        R decideExtension(DecideExtension step);

        R draftReply(DraftReply step);

        R countersign(Countersign step);

        R approveReply(ApproveReply step);

        R sendBackReply(SendBackReply step);

        R submitReply(SubmitReply step);

        R reviewReply(ReviewReply step);

        R rate(Rate step);

        R recordConsultation(RecordConsultation step);

        R updateCommitment(UpdateCommitment step);

        R issueNotice(IssueNotice step);

        R respondNotice(RespondNotice step);

        R addComment(AddComment step);

        R close(Close step);

        R designateKeyItem(DesignateKeyItem step);

        R setDisclosure(SetDisclosure step);

        R merge(Merge step);
    }

    /**
     * 交办 or 改办 by the office: host unit and co-units.
     *
     * @param replyBy the latest reply date the county set for the year's batch (答复最后时限), or {@code null}: the
     *                deadline is the earlier of it and the county's rule, so an urgent item keeps its shorter one
     */
    record Assign(String hostUnit, List<String> coUnits, String reason, LocalDate replyBy) implements Step {

        public Assign(String hostUnit, List<String> coUnits, String reason) {
            this(hostUnit, coUnits, reason, null);
        }

        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.assign(this);
        }
    }

    /** 签收 by the host unit, or by a co-unit for its part. */
    record Accept() implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.accept(this);
        }
    }

    /** 申请退回 by the host unit or a co-unit, within the county's window. */
    record RequestReturn(String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.requestReturn(this);
        }
    }

    /** The office's decision on a return request; approving a host's request reassigns the item. */
    record DecideReturn(boolean approve, String hostUnit, List<String> coUnits, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.decideReturn(this);
        }
    }

    /** A contact with the submitter (办前/办中/办后). */
    record RecordContact(ContactPhase phase, ContactMethod method, LocalDate date, String participants, String summary)
            implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.recordContact(this);
        }
    }

    /** The submitter confirms or disputes a recorded contact. */
    record ConfirmContact(long contactId, boolean confirmed, String remark) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.confirmContact(this);
        }
    }

    /** 协办意见 of a co-unit, sent to the host. */
    record CoUnitOpinion(String opinion) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.coUnitOpinion(this);
        }
    }

    /** 申请延期 by the host unit. */
    record RequestExtension(LocalDate until, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.requestExtension(this);
        }
    }

    /** The office's decision on an extension; {@code until} may grant less than was asked. */
    record DecideExtension(boolean approve, LocalDate until, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.decideExtension(this);
        }
    }

    /**
     * The host unit's draft reply; a new draft replaces the previous one and its approvals. The unit head who
     * approves it signs it (签发人): no one types a signer.
     */
    record DraftReply(
            ReplyClass replyClass,
            LimitReason limitReason,
            String text,
            List<CommitmentDraft> commitments,
            String contactPerson,
            String contactPhone,
            String copyTo)
            implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.draftReply(this);
        }
    }

    record CommitmentDraft(String text, LocalDate dueDate) {}

    /** 会签 of the draft by a co-unit. */
    record Countersign() implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.countersign(this);
        }
    }

    /** 审定 of the draft by the host unit's head. */
    record ApproveReply() implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.approveReply(this);
        }
    }

    /** The unit head sends the draft back to be rewritten. */
    record SendBackReply(String remark) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.sendBackReply(this);
        }
    }

    /** The host unit submits the approved reply; the format checks (规范化) run here. */
    record SubmitReply() implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.submitReply(this);
        }
    }

    /** The office accepts the reply or returns it with remarks. */
    record ReviewReply(boolean accept, String remark) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.reviewReply(this);
        }
    }

    /** 满意度测评 by the submitter. */
    record Rate(Satisfaction satisfaction, Satisfaction process, Satisfaction result, String comment) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.rate(this);
        }
    }

    /** 当面协商 recorded by the office after a second unsatisfied rating. */
    record RecordConsultation(LocalDate date, String participants, String summary) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.recordConsultation(this);
        }
    }

    /** Progress on a class-B commitment (回头看); {@code doneOn} marks it kept. */
    record UpdateCommitment(long commitmentId, LocalDate doneOn, String progress) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.updateCommitment(this);
        }
    }

    /** 督办通知 from a supervisor to one unit. */
    record IssueNotice(String unitCode, String text, LocalDate dueDate) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.issueNotice(this);
        }
    }

    /** The unit's response to a supervision notice. */
    record RespondNotice(long noticeId, String response) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.respondNotice(this);
        }
    }

    /** A leading official's comment (批示) on a key item they lead. */
    record AddComment(String text) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.addComment(this);
        }
    }

    /** The office closes an item the submitter did not rate within the rating window. */
    record Close(String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.close(this);
        }
    }

    /** 重点件: the office or a supervisor makes an item key (with its leading official) or ordinary again. */
    record DesignateKeyItem(boolean keyItem, String leadingOfficial, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.designateKeyItem(this);
        }
    }

    /** 公开: the office decides whether the item's reply is disclosed to the public. */
    record SetDisclosure(boolean publicReply, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.setDisclosure(this);
        }
    }

    /** 并案: the office merges registered items into this one. */
    record Merge(List<Long> items, String reason) implements Step {
        @Override
        public <R> R decidedBy(Rules<R> rules) {
            return rules.merge(this);
        }
    }
}
