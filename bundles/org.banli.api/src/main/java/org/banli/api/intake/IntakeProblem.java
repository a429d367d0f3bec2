package org.banli.api.intake;

import org.banli.api.Text;

/**
 * Something in the sheet that keeps it from being imported.
 *
 * @param row     the row as the spreadsheet numbers it (1 for its first), or 0 for the sheet as a whole
 * @param column  the column's header as the sheet names it, or {@code null}
 * @param message what is wrong, in the reader's language
 */
public record IntakeProblem(int row, String column, Text message) {

    /** Where and what, as one text: 第3行“领衔代表”：…. */
    public Text located() {
        return row == 0
                ? message
                : Text.of(Text.Code.INTAKE_AT, "row", row, "column", column == null ? "" : column, "problem", message);
    }
}
