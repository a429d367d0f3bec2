package org.banli.api.item;

import java.util.List;

import org.banli.api.Actor;
import org.banli.api.Page;

/**
 * The life of an item. Every method checks the actor's role and unit and the item's state;
 * a refused call throws {@link org.banli.api.BanliException} and changes nothing. Every
 * transition is one transaction and one entry in the item's history.
 */
public interface ItemService {

    Item register(Actor actor, ItemDraft draft);

    /** The item, if the actor may see it; otherwise "not found". */
    Item get(Actor actor, long id);

    /** The items the actor may see that match the query. */
    Page<Item> list(Actor actor, ItemQuery query);

    Item assign(Actor actor, long id, Assignment assignment);

    Item reply(Actor actor, long id, ReplyDraft draft);

    /**
     * @param enteredFrom the network address of the request, kept with the rating
     */
    Item rate(Actor actor, long id, RatingDraft draft, String enteredFrom);

    List<ItemEvent> history(Actor actor, long id);

    List<Reply> replies(Actor actor, long id);

    List<Rating> ratings(Actor actor, long id);
}
