package org.banli.report.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.junit.jupiter.api.Test;

/** What the csv format writes, read back with Commons CSV. */
class CsvFormatTest {

    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("2026年建议第1号", "关于\"学生午餐\"的建议，含逗号", LocalDate.of(2026, 6, 2), 3L, 0.985),
            Arrays.asList("2026年建议第2号", "第一行\n第二行", null, null, null),
            Arrays.asList("2026年建议第3号", "=HYPERLINK(\"http://example.invalid\",\"点击\")", null, -2L, null));

    static ReportModel model() {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("title", "标题", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("days", "剩余天数", ColumnType.INTEGER),
                new Column("rate", "满意率", ColumnType.PERCENT));
        return new ReportModel(
                "2026年建议台账",
                List.of(new ReportModel.Figure("办复率", "98.5%")),
                List.of(ReportModel.Paragraph.body("共2件。")),
                List.of(new ReportTable("台账", columns, sink -> {
                    for (List<Object> row : ROWS) {
                        sink.accept(row);
                    }
                })));
    }

    private static CsvFormat format(String encoding) {
        return new CsvFormat(new CsvSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CsvSettings.class;
            }

            @Override
            public String encoding() {
                return encoding;
            }
        });
    }

    private static byte[] render(CsvFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.render(model(), out);
        return out.toByteArray();
    }

    @Test
    void utf8StartsWithABomAndReadsBackCellForCell() throws IOException {
        byte[] bytes = render(format("UTF-8"));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();

        assertThat(records.get(0).get(0)).isEqualTo("2026年建议台账");
        assertThat(records.get(1).toList()).containsExactly("办复率", "98.5%");
        assertThat(records.get(2).get(0)).isEqualTo("共2件。");
        assertThat(records.get(3).get(0)).isEqualTo("台账");
        assertThat(records.get(4).toList()).containsExactly("编号", "标题", "答复期限", "剩余天数", "满意率");
        assertThat(records.get(5).toList())
                .containsExactly("2026年建议第1号", "关于\"学生午餐\"的建议，含逗号", "2026-06-02", "3", "98.5%");
        assertThat(records.get(6).toList()).containsExactly("2026年建议第2号", "第一行\n第二行", "", "", "");
        assertThat(records.get(7).toList())
                .as("text a spreadsheet would run is written after an apostrophe; numbers" + " stay numbers")
                .containsExactly("2026年建议第3号", "'=HYPERLINK(\"http://example.invalid\",\"点击\")", "", "-2", "");
        assertThat(records).hasSize(8);
        assertThat(text).contains("\r\n").doesNotContain("\r\r");
    }

    @Test
    void gb18030ForOldExcelHasNoBom() throws IOException {
        CsvFormat format = format("GB18030");
        byte[] bytes = render(format);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, Charset.forName("GB18030"))).startsWith("2026年建议台账\r\n");
        assertThat(format.mediaType()).isEqualTo("text/csv; charset=GB18030");
        assertThatThrownBy(() -> format("Big5")).hasMessageContaining("GB18030");
    }

    @Test
    void onlyFieldsThatNeedItAreQuoted() {
        assertThat(CsvFormat.quoted("普通文本")).isEqualTo("普通文本");
        assertThat(CsvFormat.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.quoted("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
    }
}
