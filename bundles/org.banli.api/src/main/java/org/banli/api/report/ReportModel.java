package org.banli.api.report;

import java.util.List;

/**
 * A format-neutral report: title, key figures, paragraphs and typed tables.
 *
 * @param title      e.g. 2026年度建议提案办理情况
 * @param figures    the key figures
 * @param paragraphs narrative text
 * @param tables     tables whose rows stream
 */
public record ReportModel(String title, List<Figure> figures, List<String> paragraphs, List<ReportTable> tables) {

    public ReportModel {
        figures = List.copyOf(figures);
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }

    /** A labelled figure, e.g. 办复率 = 98.5%. */
    public record Figure(String label, String value) {
    }
}
