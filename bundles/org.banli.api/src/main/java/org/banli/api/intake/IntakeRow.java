package org.banli.api.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the sheet and what it becomes.
 *
 * @param row            its row number in the spreadsheet
 * @param outcome        what importing does with it
 * @param number         the number it brings, or {@code null} for the next free one
 * @param title          title (标题/案由)
 * @param submitter      the lead submitter's username, once matched by name
 * @param submitterName  the lead submitter as the sheet names them
 * @param coSubmitters   the co-submitters as the sheet names them (附议代表/联名提案人)
 * @param delegation     delegation or sector (代表团/界别)
 * @param category       category (类别)
 * @param phone          the submitter's telephone (联系电话)
 * @param proposedHost   the unit proposed to host it, by its code, once matched by name
 * @param proposedCoUnits the units proposed as co-units, by their codes
 * @param keyItem        whether the sheet marks it a key item (是否重点)
 * @param publicReply    whether its reply may be disclosed (是否公开)
 * @param submittedOn    when it was submitted (提出日期)
 * @param registeredAs   the item it is, or became, as people name it (2026年建议第3号), else {@code null}
 */
public record IntakeRow(
        int row,
        Outcome outcome,
        Integer number,
        String title,
        String submitter,
        String submitterName,
        List<String> coSubmitters,
        String delegation,
        String category,
        String phone,
        String proposedHost,
        List<String> proposedCoUnits,
        boolean keyItem,
        boolean publicReply,
        LocalDate submittedOn,
        String registeredAs) {

    public IntakeRow {
        coSubmitters = List.copyOf(coSubmitters);
        proposedCoUnits = List.copyOf(proposedCoUnits);
    }

    /** The row once its submitter has an account. */
    public IntakeRow withSubmitter(String username) {
        return with(username, registeredAs);
    }

    /** The row once registered as this item. */
    public IntakeRow registeredAs(String label) {
        return with(submitter, label);
    }

    private IntakeRow with(String submitter, String registeredAs) {
        return new IntakeRow(
                row,
                outcome,
                number,
                title,
                submitter,
                submitterName,
                coSubmitters,
                delegation,
                category,
                phone,
                proposedHost,
                proposedCoUnits,
                keyItem,
                publicReply,
                submittedOn,
                registeredAs);
    }

    public enum Outcome {
        /** Registered by the import (after a confirmation), or to be (in a preview). */
        NEW,
        /** Registered before, by an earlier import of the same sheet or by hand: left as it is. */
        ALREADY_REGISTERED,
        /** Cannot be imported as it is: see the problems. */
        REFUSED
    }
}
