package org.banli.api.assignment;

import org.banli.api.Actor;

/**
 * Suggests who should handle the items not assigned yet: the hosts and co-units of earlier years' items on the
 * same matter (through the similar items' engine), the county's table of categories and units
 * ({@code etc/banli-category-units.txt}), and what the office's sheet proposed. The office decides; it assigns
 * the batch through {@link org.banli.api.item.ItemService#assignAll}.
 */
public interface AssignmentService {

    /** The suggestion for one item; refused as not found when the actor may not read it (office, supervisors). */
    AssignmentSuggestion suggest(Actor actor, long itemId);

    /** The year's items not assigned yet with a suggestion each, and the county's latest reply date for the batch. */
    AssignmentBatch batch(Actor actor, int year);
}
