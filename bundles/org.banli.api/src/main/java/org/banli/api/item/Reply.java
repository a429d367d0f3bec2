package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reply (答复) of the host unit, from draft to the office's decision. One reply per handling
 * round: a reply the office returns is redrafted and resubmitted as the same reply, so that
 * "accepted at first submission" (规范化) can be told.
 *
 * @param round           the handling round it answers (see {@link Progress#round()})
 * @param limitReason     why a class-C reply cannot solve it now
 * @param commitments     the dated promises of a class-B reply
 * @param signer          签发人: the name of the unit head who approved it
 * @param copyTo          抄送
 * @param countersignedBy co-units that countersigned (会签) this draft
 * @param submissions     how often it was submitted to the office
 * @param deadlineInForce the reply deadline when the office accepted it
 * @param acceptedOn      the county's date of that acceptance (on time when not after deadlineInForce)
 */
public record Reply(
        Long id,
        int round,
        State state,
        ReplyClass replyClass,
        LimitReason limitReason,
        String text,
        List<Commitment> commitments,
        String signer,
        String contactPerson,
        String contactPhone,
        String copyTo,
        String unitCode,
        String author,
        Instant draftedAt,
        List<String> countersignedBy,
        String approvedBy,
        Instant approvedAt,
        int submissions,
        Instant submittedAt,
        String reviewedBy,
        Instant reviewedAt,
        String remark,
        LocalDate deadlineInForce,
        LocalDate acceptedOn)
        implements ItemRecord {

    public Reply {
        commitments = List.copyOf(commitments);
        countersignedBy = List.copyOf(countersignedBy);
    }

    public enum State {
        /** Being written, or sent back by the unit head, or returned by the office. */
        DRAFT("拟稿"),
        /** 已审定 by the unit head. */
        APPROVED("已审定"),
        /** With the office for review. */
        SUBMITTED("待审核"),
        /** Accepted by the office: the submitter's answer. */
        ACCEPTED("已答复");

        private final String chinese;

        State(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** Accepted by the office without ever being returned. */
    public boolean acceptedFirstTime() {
        return state == State.ACCEPTED && submissions == 1;
    }

    public Reply withState(State next, String by, Instant at, String why) {
        return switch (next) {
            case APPROVED -> approved(by, signer, at);
            case SUBMITTED ->
                copy(
                        next,
                        signer,
                        countersignedBy,
                        approvedBy,
                        approvedAt,
                        submissions + 1,
                        at,
                        reviewedBy,
                        reviewedAt,
                        remark,
                        deadlineInForce,
                        commitments);
            default ->
                copy(
                        next,
                        signer,
                        countersignedBy,
                        approvedBy,
                        approvedAt,
                        submissions,
                        submittedAt,
                        by,
                        at,
                        why,
                        deadlineInForce,
                        commitments);
        };
    }

    /** 已审定 by the unit head, who thereby signs it (签发人) under their name. */
    public Reply approved(String head, String headName, Instant at) {
        return copy(
                State.APPROVED,
                headName,
                countersignedBy,
                head,
                at,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                null,
                deadlineInForce,
                commitments);
    }

    public Reply countersigned(String unit) {
        List<String> signedBy = Stream.concat(countersignedBy.stream(), Stream.of(unit))
                .distinct()
                .toList();
        return copy(
                state,
                signer,
                signedBy,
                approvedBy,
                approvedAt,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                remark,
                deadlineInForce,
                commitments);
    }

    /** Accepted on {@code on} (the county's date), when the deadline in force was {@code deadline}. */
    public Reply acceptedWith(LocalDate deadline, LocalDate on) {
        return new Reply(
                id,
                round,
                state,
                replyClass,
                limitReason,
                text,
                commitments,
                signer,
                contactPerson,
                contactPhone,
                copyTo,
                unitCode,
                author,
                draftedAt,
                countersignedBy,
                approvedBy,
                approvedAt,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                remark,
                deadline,
                on);
    }

    public Reply withCommitments(List<Commitment> updated) {
        return copy(
                state,
                signer,
                countersignedBy,
                approvedBy,
                approvedAt,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                remark,
                deadlineInForce,
                updated);
    }

    /** The same reply addressed to another item of a merge (并案): each submitter gets their own. */
    public Reply copyFor(int itemRound) {
        return new Reply(
                null,
                itemRound,
                state,
                replyClass,
                limitReason,
                text,
                commitments.stream()
                        .map(c -> new Commitment(
                                null, c.text(), c.dueDate(), c.doneOn(), c.progress(), c.updatedBy(), c.updatedAt()))
                        .toList(),
                signer,
                contactPerson,
                contactPhone,
                copyTo,
                unitCode,
                author,
                draftedAt,
                countersignedBy,
                approvedBy,
                approvedAt,
                submissions,
                submittedAt,
                reviewedBy,
                reviewedAt,
                remark,
                deadlineInForce,
                acceptedOn);
    }

    private Reply copy(
            State s,
            String signedAs,
            List<String> signedBy,
            String approver,
            Instant approved,
            int submitted,
            Instant submittedOn,
            String reviewer,
            Instant reviewed,
            String why,
            LocalDate deadline,
            List<Commitment> promises) {
        return new Reply(
                id,
                round,
                s,
                replyClass,
                limitReason,
                text,
                promises,
                signedAs,
                contactPerson,
                contactPhone,
                copyTo,
                unitCode,
                author,
                draftedAt,
                signedBy,
                approver,
                approved,
                submitted,
                submittedOn,
                reviewer,
                reviewed,
                why,
                deadline,
                acceptedOn);
    }
}
