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
}
