package org.banli.api.report;

import java.time.LocalDate;
import org.banli.api.item.ItemKind;

/**
 * What a report is about; every field may be {@code null} unless the report needs it.
 *
 * @param year the session year
 * @param kind suggestions or proposals
 * @param unit a host unit's code
 * @param from first registration date counted
 * @param to   last registration date counted
 * @param item one item's id (the reply letter)
 */
public record ReportParameters(Integer year, ItemKind kind, String unit, LocalDate from, LocalDate to, Long item) {

    public static ReportParameters none() {
        return new ReportParameters(null, null, null, null, null, null);
    }
}
