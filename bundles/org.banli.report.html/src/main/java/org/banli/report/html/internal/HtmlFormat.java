package org.banli.report.html.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Component;

/**
 * One self-contained HTML page: inline CSS, no script, nothing fetched from anywhere, so it
 * opens on a closed county network and prints well (table headers repeat on each page).
 * Every text is escaped: an item titled with markup shows the markup as text.
 */
@Component(property = ReportFormat.FORMAT_PROPERTY + "=" + HtmlFormat.ID)
public class HtmlFormat implements ReportFormat {

    static final String ID = "html";

    private static final String STYLE = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;\
            color:#1a1a1a;margin:2em auto;max-width:1100px;padding:0 1em;line-height:1.6}\
            h1{font-size:1.5em;text-align:center;margin-bottom:1em}h2{font-size:1.15em;margin-top:1.6em}\
            dl.figures{display:flex;flex-wrap:wrap;gap:.6em 1.2em;margin:0 0 1em}\
            dl.figures div{border:1px solid #c8ccd2;border-radius:4px;padding:.4em .8em;min-width:9em}\
            dl.figures dt{font-size:.85em;color:#444}dl.figures dd{margin:0;font-size:1.25em;font-weight:bold}\
            p{margin:.4em 0}p.body{text-indent:2em}p.signature{text-align:right}\
            table{border-collapse:collapse;width:100%;font-size:.9em}\
            th,td{border:1px solid #8a9099;padding:.3em .5em;vertical-align:top}\
            th{background:#e8ebef;text-align:left}td.number{text-align:right;white-space:nowrap}\
            td.date{white-space:nowrap}thead{display:table-header-group}\
            @media print{body{margin:0;max-width:none}tr{page-break-inside:avoid}}""";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        html.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        html.write(escape(model.title()));
        html.write("</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>");
        html.write(escape(model.title()));
        html.write("</h1>\n");
        if (!model.figures().isEmpty()) {
            html.write("<dl class=\"figures\">\n");
            for (ReportModel.Figure figure : model.figures()) {
                html.write(
                        "<div><dt>" + escape(figure.label()) + "</dt><dd>" + escape(figure.value()) + "</dd></div>\n");
            }
            html.write("</dl>\n");
        }
        for (ReportModel.Paragraph paragraph : model.paragraphs()) {
            html.write("<p class=\"" + paragraph.style().name().toLowerCase(java.util.Locale.ROOT) + "\">"
                    + escape(paragraph.text()) + "</p>\n");
        }
        for (ReportTable table : model.tables()) {
            html.write("<h2>" + escape(table.title()) + "</h2>\n<table>\n<thead><tr>");
            for (ReportTable.Column column : table.columns()) {
                html.write("<th scope=\"col\">" + escape(column.label()) + "</th>");
            }
            html.write("</tr></thead>\n<tbody>\n");
            table.rows().forEachRow(row -> {
                html.write("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    ReportTable.ColumnType type = table.columns().get(i).type();
                    String css = switch (type) {
                        case INTEGER, DECIMAL, PERCENT -> " class=\"number\"";
                        case DATE -> " class=\"date\"";
                        case TEXT -> "";
                    };
                    html.write("<td" + css + ">" + escape(type.text(row.get(i))) + "</td>");
                }
                html.write("</tr>\n");
            });
            html.write("</tbody>\n</table>\n");
        }
        html.write("</body>\n</html>\n");
        html.flush();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
