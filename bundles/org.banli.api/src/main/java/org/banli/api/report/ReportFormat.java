package org.banli.api.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report model to a file format (csv, xlsx, pdf, docx, html, json). A plugin
 * registers one as a DS service with the property {@value #FORMAT_PROPERTY}. Rendering
 * streams: table rows are pulled one at a time from the model.
 */
public interface ReportFormat {

    /** Service property naming the format, e.g. {@code pdf}. */
    String FORMAT_PROPERTY = "banli.format";

    String id();

    /** e.g. {@code application/pdf}. */
    String mediaType();

    /** e.g. {@code pdf}, without the dot. */
    String fileExtension();

    void render(ReportModel model, OutputStream out) throws IOException;

    /**
     * Text for a spreadsheet cell that no spreadsheet program runs as a formula: text beginning with
     * one of {@code = + - @}, their full-width forms, a tab or a carriage return is written after an
     * apostrophe (OWASP's advice), which keeps it readable. Every tabular format writes its text through this.
     */
    static String spreadsheetText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
