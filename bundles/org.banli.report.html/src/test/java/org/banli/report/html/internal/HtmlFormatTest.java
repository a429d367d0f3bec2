package org.banli.report.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The html format parsed back with jsoup. */
class HtmlFormatTest {

    @Test
    void aSelfContainedPageWhoseTextAndFiguresMatchTheModel() throws IOException {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("title", "标题", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("rate", "满意率", ColumnType.PERCENT));
        ReportModel model = new ReportModel(
                "2026年建议台账",
                List.of(new ReportModel.Figure("办复率", "98.5%")),
                List.of(ReportModel.Paragraph.body("共2件。")),
                List.of(new ReportTable("台账", columns, sink -> {
                    sink.accept(Arrays.asList(
                            "2026年建议第1号", "<script>alert('x')</script>关于午餐&饮水", LocalDate.of(2026, 6, 2), 0.5));
                    sink.accept(Arrays.asList("2026年建议第2号", "普通", null, null));
                })));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlFormat().render(model, out);
        String html = out.toString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("2026年建议台账");
        assertThat(page.select("h1").text()).isEqualTo("2026年建议台账");
        assertThat(page.select("dl.figures dt").text()).isEqualTo("办复率");
        assertThat(page.select("dl.figures dd").text()).isEqualTo("98.5%");
        assertThat(page.select("p.body").text()).isEqualTo("共2件。");
        assertThat(page.select("thead th").eachText()).containsExactly("编号", "标题", "答复期限", "满意率");
        List<Element> rows = page.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("2026年建议第1号", "<script>alert('x')</script>关于午餐&饮水", "2026-06-02", "50.0%");
        assertThat(page.select("script")).as("markup in a title stays text").isEmpty();
        assertThat(rows.get(1).select("td").stream().map(Element::text)).containsExactly("2026年建议第2号", "普通", "", "");
        assertThat(html).as("nothing is fetched from elsewhere").doesNotContain("http://", "https://", "src=", "<link");
    }
}
