package org.banli.api.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's items not assigned yet, each with a suggestion: the assignment meeting's (交办会) page.
 *
 * @param year        the session year
 * @param replyBy     the latest reply date the county set for the year's batch (答复最后时限), or {@code null}
 * @param suggestions every item of the year not assigned yet (merged items follow their lead), in number order
 */
public record AssignmentBatch(int year, LocalDate replyBy, List<AssignmentSuggestion> suggestions) {

    public AssignmentBatch {
        suggestions = List.copyOf(suggestions);
    }
}
