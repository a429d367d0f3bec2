package org.banli.api.intake;

import java.util.List;
import org.banli.api.similarity.SimilarItems;

/**
 * What a row of the sheet is like, for the office deciding on merges before the batch is imported.
 *
 * @param row           its row number in the spreadsheet
 * @param registered    the registered items like it: this year's likely duplicates, other years' items of the matter
 * @param duplicateRows the other rows of the sheet that are likely duplicates of it, by their row numbers, best first
 */
public record IntakeSimilarity(int row, SimilarItems registered, List<Integer> duplicateRows) {

    public IntakeSimilarity {
        duplicateRows = List.copyOf(duplicateRows);
    }
}
