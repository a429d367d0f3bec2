package org.banli.api.item;

import java.time.LocalDate;
import java.util.List;

/**
 * What the congress or CPPCC office's sheet says of an item beyond what registration asks: kept
 * with the item as it came, for the assignment meeting and for the unit that contacts the submitter.
 *
 * @param submittedOn     when it was submitted (提出日期), or {@code null}
 * @param delegation      the deputy's delegation or the member's sector (代表团/界别), or {@code null}
 * @param phone           the submitter's telephone as the sheet gives it (联系电话), or {@code null}
 * @param coSubmitters    the co-submitters by name (附议代表/联名提案人), who need no account
 * @param proposedHost    the unit the office proposed as host (拟主办单位), by code, or {@code null}
 * @param proposedCoUnits the units proposed as co-units (拟协办单位), by code
 */
public record Intake(
        LocalDate submittedOn,
        String delegation,
        String phone,
        List<String> coSubmitters,
        String proposedHost,
        List<String> proposedCoUnits) {

    public Intake {
        coSubmitters = List.copyOf(coSubmitters);
        proposedCoUnits = List.copyOf(proposedCoUnits);
    }

    /** Whether the sheet said anything of this beyond registration. */
    public boolean isEmpty() {
        return submittedOn == null
                && delegation == null
                && phone == null
                && coSubmitters.isEmpty()
                && proposedHost == null
                && proposedCoUnits.isEmpty();
    }
}
