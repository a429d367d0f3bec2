package org.banli.api.similarity;

import java.util.List;
import org.banli.api.item.Item;
import org.banli.api.item.ReplyClass;

/**
 * An item found like another, as the office reads it at the assignment meeting.
 *
 * @param item        the item (its body left out, as in lists)
 * @param score       how alike, from 0 to 1
 * @param sharedTerms the words they share that weigh most, heaviest first
 * @param replyClass  how its accepted reply classed it (A, B, C), when it has one: what came of it
 */
public record SimilarItem(Item item, double score, List<String> sharedTerms, ReplyClass replyClass) {

    public SimilarItem {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
