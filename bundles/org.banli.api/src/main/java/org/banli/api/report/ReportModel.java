package org.banli.api.report;

import java.util.List;

/**
 * A format-neutral report: title, key figures, paragraphs and typed tables.
 *
 * @param title      e.g. 2026年度建议提案办理情况
 * @param figures    the key figures
 * @param paragraphs narrative text, each with its place on the page
 * @param tables     tables whose rows stream
 */
public record ReportModel(String title, List<Figure> figures, List<Paragraph> paragraphs, List<ReportTable> tables) {

    public ReportModel {
        figures = List.copyOf(figures);
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }

    /** A labelled figure, e.g. 办复率 = 98.5%. */
    public record Figure(String label, String value) {}

    /** A paragraph and how an official document places it. */
    public record Paragraph(String text, Style style) {

        public static Paragraph body(String text) {
            return new Paragraph(text, Style.BODY);
        }

        public enum Style {
            /** Running text: the first line indented by two characters. */
            BODY,
            /** Flush left, e.g. the addressee of a letter or a note under it. */
            PLAIN,
            /** Flush right, e.g. the issuing unit and the date. */
            SIGNATURE
        }
    }
}
