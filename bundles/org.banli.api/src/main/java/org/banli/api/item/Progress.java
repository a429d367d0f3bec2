package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an item's handling stands, as the workflow changes it.
 *
 * @param hostUnit   code of the host unit once assigned
 * @param deadline   the reply deadline in force (approved extensions and rehandling included)
 * @param assignedAt when it was last assigned
 * @param acceptedAt when the host unit accepted it (签收), {@code null} until then
 * @param round      1 for the first handling, 2 and more after unsatisfied ratings (重新办理)
 * @param mergedInto the lead item it is handled with (并案), else {@code null}
 * @param repliedAt  when the office first accepted a reply, {@code null} until then
 */
public record Progress(
        String hostUnit,
        LocalDate deadline,
        Instant assignedAt,
        Instant acceptedAt,
        int round,
        Long mergedInto,
        Instant repliedAt) {

    public static final Progress NEW = new Progress(null, null, null, null, 1, null, null);

    public Progress assignedTo(String unit, LocalDate replyDeadline, Instant at) {
        return new Progress(unit, replyDeadline, at, null, round, mergedInto, repliedAt);
    }

    public Progress accepted(Instant at) {
        return new Progress(hostUnit, deadline, assignedAt, at, round, mergedInto, repliedAt);
    }

    public Progress withDeadline(LocalDate newDeadline) {
        return new Progress(hostUnit, newDeadline, assignedAt, acceptedAt, round, mergedInto, repliedAt);
    }

    public Progress rehandling(LocalDate newDeadline) {
        return new Progress(hostUnit, newDeadline, assignedAt, acceptedAt, round + 1, mergedInto, repliedAt);
    }

    public Progress merged(Long lead) {
        return new Progress(hostUnit, deadline, assignedAt, acceptedAt, round, lead, repliedAt);
    }

    /** Keeps the first acceptance: the disclosure window and the reply rate count from it. */
    public Progress replied(Instant at) {
        return new Progress(
                hostUnit, deadline, assignedAt, acceptedAt, round, mergedInto, repliedAt == null ? at : repliedAt);
    }
}
