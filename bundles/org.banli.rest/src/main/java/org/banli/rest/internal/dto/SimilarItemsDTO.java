package org.banli.rest.internal.dto;

import java.util.List;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.ReplyClass;
import org.banli.api.similarity.SimilarItem;
import org.banli.api.similarity.SimilarItems;

/**
 * The items like one item or one row of a sheet.
 *
 * @param engine     the engine that found them; {@code null} when none is installed
 * @param complete   {@code false} while the node is still taking registered items in: more may be found later
 * @param duplicates this year's items of the same kind that are likely duplicates (merge candidates), best first
 * @param otherYears other years' items of the matter, best first
 */
public record SimilarItemsDTO(
        String engine, boolean complete, List<SimilarItemDTO> duplicates, List<SimilarItemDTO> otherYears) {

    public static SimilarItemsDTO of(SimilarItems similar) {
        return new SimilarItemsDTO(
                similar.engine(),
                similar.complete(),
                similar.duplicates().stream().map(SimilarItemDTO::of).toList(),
                similar.otherYears().stream().map(SimilarItemDTO::of).toList());
    }

    /**
     * One item found like another.
     *
     * @param score       how alike, from 0 to 1
     * @param sharedTerms the words they share that weigh most
     * @param hostUnit    the unit that hosts (hosted) it, by its code
     * @param replyClass  how its accepted reply classed it, when it has one
     * @param mergedInto  the item it was merged into, when it was
     */
    public record SimilarItemDTO(
            long id,
            String label,
            ItemKind kind,
            int year,
            String title,
            ItemStatus status,
            String hostUnit,
            ReplyClass replyClass,
            Long mergedInto,
            double score,
            List<String> sharedTerms) {

        static SimilarItemDTO of(SimilarItem similar) {
            return new SimilarItemDTO(
                    similar.item().id(),
                    similar.item().label(),
                    similar.item().kind(),
                    similar.item().year(),
                    similar.item().title(),
                    similar.item().status(),
                    similar.item().hostUnit(),
                    similar.replyClass(),
                    similar.item().progress().mergedInto(),
                    Math.round(similar.score() * 1000) / 1000.0,
                    similar.sharedTerms());
        }
    }
}
