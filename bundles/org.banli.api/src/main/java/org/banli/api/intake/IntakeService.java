package org.banli.api.intake;

import org.banli.api.Actor;
import org.banli.api.item.ItemKind;

/**
 * The year's batch of suggestions or proposals, taken from the spreadsheet the congress or CPPCC
 * office hands over (xlsx, or csv in UTF-8 or GB18030). First a dry run that says what every row
 * will become and what is wrong with it; then, once nothing is, one transaction that registers the
 * whole batch or nothing. Rows registered already (the same kind, year and number, or without numbers
 * the same title and submitter) are recognised and left as they are, so importing a file again
 * changes nothing. The office's work, or an administrator's who brings the office's file in at the
 * console.
 */
public interface IntakeService {

    /**
     * Reads the sheet and says what importing it would do; writes nothing.
     *
     * @param createSubmitters whether lead submitters without an account get one (else they are problems)
     * @param progress         told how far it has come, every hundred rows or so of each stage
     */
    IntakePreview preview(
            Actor actor, IntakeFile file, ItemKind kind, int year, boolean createSubmitters, IntakeProgress progress);

    /**
     * An empty sheet to fill in: an xlsx workbook whose first sheet has every column's header as the kind's
     * sheets name it (领衔代表 or 第一提案人, …), and a second sheet saying what goes in each.
     */
    IntakeFile template(ItemKind kind);

    /** A preview that tells nobody how far it has come. */
    default IntakePreview preview(Actor actor, IntakeFile file, ItemKind kind, int year, boolean createSubmitters) {
        return preview(actor, file, kind, year, createSubmitters, IntakeProgress.NONE);
    }

    /**
     * Registers every new row of the sheet in one transaction. Refused, with every problem named and
     * nothing written, unless the sheet's preview has none. With {@code createSubmitters}, the lead submitters
     * without an account get one first ({@link org.banli.api.user.UserService#createSubmitters}), which stays
     * if the registration then fails: importing again finds them.
     */
    IntakePreview confirm(Actor actor, IntakeFile file, ItemKind kind, int year, boolean createSubmitters);

    /** A preview in which submitters without an account are problems. */
    default IntakePreview preview(Actor actor, IntakeFile file, ItemKind kind, int year) {
        return preview(actor, file, kind, year, false);
    }

    /** An import in which submitters without an account are problems. */
    default IntakePreview confirm(Actor actor, IntakeFile file, ItemKind kind, int year) {
        return confirm(actor, file, kind, year, false);
    }
}
