package org.banli.api.intake;

import java.util.List;
import org.banli.api.item.ItemKind;
import org.banli.api.user.PasswordReset;

/**
 * What importing a sheet does, or did.
 *
 * @param kind      suggestions or proposals
 * @param year      their session year
 * @param confirmed whether it was written (after a confirmation), or is only a dry run
 * @param rows      every data row of the sheet, in order
 * @param problems  everything that keeps the sheet from being imported, each row's and the sheet's,
 *                  in the order of the sheet
 * @param similar   in a preview, what the rows to be registered are like (registered items, one another), in the
 *                  order of the sheet; none once confirmed
 * @param newSubmitters the lead submitters the sheet names who have no account, in the order of the sheet: accounts
 *                  to be made when the office asks for them, else problems of their rows
 * @param accounts  the accounts made for them by the import, each with its temporary password, shown once
 */
public record IntakePreview(
        ItemKind kind,
        int year,
        boolean confirmed,
        List<IntakeRow> rows,
        List<IntakeProblem> problems,
        List<IntakeSimilarity> similar,
        List<String> newSubmitters,
        List<PasswordReset> accounts) {

    public IntakePreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        similar = List.copyOf(similar);
        newSubmitters = List.copyOf(newSubmitters);
        accounts = List.copyOf(accounts);
    }

    /** Rows registered, or to be. */
    public long newRows() {
        return rows.stream().filter(r -> r.outcome() == IntakeRow.Outcome.NEW).count();
    }

    /** Rows found registered already and left as they are. */
    public long alreadyRegistered() {
        return rows.stream()
                .filter(r -> r.outcome() == IntakeRow.Outcome.ALREADY_REGISTERED)
                .count();
    }
}
