package org.banli.api.assignment;

import java.util.List;
import org.banli.api.item.Item;

/**
 * Who should handle an item not assigned yet, as the office reads it at the assignment meeting.
 *
 * @param item    the item (its body left out, as in lists)
 * @param host    the suggested host unit, or {@code null} when nothing suggests one
 * @param coUnits the suggested co-units, strongest first
 */
public record AssignmentSuggestion(Item item, SuggestedUnit host, List<SuggestedUnit> coUnits) {

    public AssignmentSuggestion {
        coUnits = List.copyOf(coUnits);
    }
}
