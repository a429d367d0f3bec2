package org.banli.report.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Component;

/**
 * The report model as JSON, written row by row: {@code title}, {@code figures} (label, value),
 * {@code paragraphs} (text, style), {@code tables} (title, columns with key, label and type, rows as arrays).
 * Numbers stay numbers (a percentage as its fraction), dates are ISO strings, empty cells null.
 */
@Component(property = ReportFormat.FORMAT_PROPERTY + "=" + JsonFormat.ID)
public class JsonFormat implements ReportFormat {

    static final String ID = "json";
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "application/json; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("title", model.title());
            json.writeArrayFieldStart("figures");
            for (ReportModel.Figure figure : model.figures()) {
                json.writeStartObject();
                json.writeStringField("label", figure.label());
                json.writeStringField("value", figure.value());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("paragraphs");
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                json.writeStartObject();
                json.writeStringField("text", paragraph.text());
                json.writeStringField("style", paragraph.style().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tables");
            for (ReportTable table : model.tables()) {
                table(json, table);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void table(JsonGenerator json, ReportTable table) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", table.title());
        json.writeArrayFieldStart("columns");
        for (ReportTable.Column column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("key", column.key());
            json.writeStringField("label", column.label());
            json.writeStringField("type", column.type().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        table.rows().forEachRow(row -> cells(json, row));
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void cells(JsonGenerator json, List<Object> row) throws IOException {
        json.writeStartArray();
        for (Object value : row) {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal decimal) {
                json.writeNumber(decimal);
            } else if (value instanceof Double || value instanceof Float) {
                json.writeNumber(((Number) value).doubleValue());
            } else if (value instanceof Number number) {
                json.writeNumber(number.longValue());
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndArray();
    }
}
