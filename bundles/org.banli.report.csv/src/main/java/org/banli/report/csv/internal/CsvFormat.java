package org.banli.report.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Writes a report as CSV (RFC 4180, CRLF lines): the title, the key figures as label/value
 * lines, the paragraphs, then each table as its caption, a header line and its rows, with
 * an empty line between the parts. UTF-8 starts with a byte-order mark, which is what makes
 * Excel read Chinese correctly.
 */
@Component(configurationPid = CsvSettings.PID, property = ReportFormat.FORMAT_PROPERTY + "=" + CsvFormat.ID)
@Designate(ocd = CsvSettings.class)
public class CsvFormat implements ReportFormat {

    static final String ID = "csv";

    private final Charset charset;

    @Activate
    public CsvFormat(CsvSettings settings) {
        String name =
                settings.encoding() == null ? "UTF-8" : settings.encoding().strip();
        if (!name.equalsIgnoreCase("UTF-8") && !name.equalsIgnoreCase("GB18030")) {
            throw new IllegalArgumentException(
                    "csv encoding 应为 UTF-8 或 GB18030 (encoding must be UTF-8 or GB18030): " + name);
        }
        this.charset = Charset.forName(name);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=" + charset.name();
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset));
        if (charset.equals(StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
        }
        line(writer, List.of(ReportFormat.spreadsheetText(model.title())));
        if (!model.figures().isEmpty()) {
            writer.write("\r\n");
            for (ReportModel.Figure figure : model.figures()) {
                line(
                        writer,
                        List.of(
                                ReportFormat.spreadsheetText(figure.label()),
                                ReportFormat.spreadsheetText(figure.value())));
            }
        }
        if (!model.paragraphs().isEmpty()) {
            writer.write("\r\n");
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                line(writer, List.of(ReportFormat.spreadsheetText(paragraph.text())));
            }
        }
        for (ReportTable table : model.tables()) {
            writer.write("\r\n");
            line(writer, List.of(ReportFormat.spreadsheetText(table.title())));
            line(writer, table.columns().stream().map(ReportTable.Column::label).toList());
            table.rows().forEachRow(row -> {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    ReportTable.ColumnType type = table.columns().get(i).type();
                    String text = type.text(row.get(i));
                    cells.add(type == ReportTable.ColumnType.TEXT ? ReportFormat.spreadsheetText(text) : text);
                }
                line(writer, cells);
            });
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
