package org.banli.api.similarity;

import java.util.List;
import org.banli.api.Actor;
import org.banli.api.item.ItemDraft;

/**
 * Finds the items like an item, through the preferred installed engine: this year's likely duplicates
 * and other years' items on the same matter. Each node keeps its own index in memory, built from the
 * database at its start and following every registration (its own at once, other nodes' within the
 * configured refresh). Only items the actor may read are found.
 */
public interface SimilarItemsService {

    /** The items like the item {@code id}; refused as not found when the actor may not read it. */
    SimilarItems of(Actor actor, long id);

    /** The registered items like a draft that is not registered (a sheet's row), as of its kind and year. */
    SimilarItems like(Actor actor, ItemDraft draft);

    /**
     * Which drafts of one batch are likely duplicates of one another: for each draft, the positions of the
     * others in the list that score at least the engine's merge threshold with it, best first, as many as a
     * similar items' answer shows.
     */
    List<List<Integer>> duplicatesAmong(List<ItemDraft> drafts);
}
