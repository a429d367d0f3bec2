package org.banli.report.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.junit.jupiter.api.Test;

/** The json format read back with Jackson's tree model. */
class JsonFormatTest {

    @Test
    void theModelReadsBackWithTypesIntact() throws IOException {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("days", "剩余天数", ColumnType.INTEGER),
                new Column("rate", "满意率", ColumnType.PERCENT));
        ReportModel model = new ReportModel(
                "2026年\"建议\"台账",
                List.of(new ReportModel.Figure("办复率", "98.5%")),
                List.of(ReportModel.Paragraph.body("共2件。\n第二行")),
                List.of(new ReportTable("台账", columns, sink -> {
                    sink.accept(Arrays.asList("2026年建议第1号", LocalDate.of(2026, 6, 2), 3L, 0.985));
                    sink.accept(Arrays.asList("2026年建议第2号", null, null, null));
                })));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonFormat().render(model, out);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("title").asText()).isEqualTo("2026年\"建议\"台账");
        assertThat(json.path("figures").path(0).path("label").asText()).isEqualTo("办复率");
        assertThat(json.path("paragraphs").path(0).path("text").asText()).isEqualTo("共2件。\n第二行");
        assertThat(json.path("paragraphs").path(0).path("style").asText()).isEqualTo("BODY");
        JsonNode table = json.path("tables").path(0);
        assertThat(table.path("columns").path(1).path("type").asText()).isEqualTo("DATE");
        JsonNode first = table.path("rows").path(0);
        assertThat(first.path(0).asText()).isEqualTo("2026年建议第1号");
        assertThat(first.path(1).asText()).isEqualTo("2026-06-02");
        assertThat(first.path(2).isIntegralNumber()).isTrue();
        assertThat(first.path(2).asLong()).isEqualTo(3);
        assertThat(first.path(3).asDouble()).isEqualTo(0.985);
        assertThat(table.path("rows").path(1).path(1).isNull()).isTrue();
        assertThat(table.path("rows")).hasSize(2);
    }
}
