package org.banli.console.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.item.ItemKind;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportParameters;
import org.banli.api.report.ReportService;

@Command(scope = "banli", name = "report", description = "生成报表到文件 (render a report to a file)")
@Service
public class ReportCommand extends BanliCommand {

    @Argument(index = 0, name = "report", required = true, description = "报表 (report), e.g. register")
    @Completion(ReportCompleter.class)
    String report;

    @Argument(index = 1, name = "format", required = true, description = "格式 (format), e.g. csv")
    @Completion(FormatCompleter.class)
    String format;

    @Argument(index = 2, name = "file", required = true, description = "输出文件 (file to write)")
    String file;

    @Option(name = "--year", description = "年度 (session year)")
    Integer year;

    @Option(name = "--kind", description = "SUGGESTION 建议 / PROPOSAL 提案")
    ItemKind kind;

    @Option(name = "--unit", description = "承办单位代码 (host unit code)")
    String unit;

    @Option(name = "--from", description = "登记日期起 (registered from), yyyy-MM-dd")
    String from;

    @Option(name = "--to", description = "登记日期止 (registered until), yyyy-MM-dd")
    String to;

    @Option(name = "--item", description = "件的编号 id (item id, for the reply letter)")
    Long item;

    @Reference
    ReportService reports;

    @Override
    public Object execute() throws IOException {
        ReportFormat renderer = reports.format(format).orElse(null);
        if (renderer == null) {
            out().println("格式 " + format + " 未安装，已安装的格式 (installed formats): " + reports.formats());
            return null;
        }
        ReportModel model = reports.build(
                actor(),
                report,
                new ReportParameters(
                        year,
                        kind,
                        unit,
                        from == null ? null : LocalDate.parse(from),
                        to == null ? null : LocalDate.parse(to),
                        item));
        Path target = Path.of(file).toAbsolutePath();
        // Written beside the target and moved into place, so a failed report leaves no half file.
        Path partial = Files.createTempFile(target.getParent(), ".banli-report-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                renderer.render(model, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        out().println(model.title() + " → " + target + " (" + Files.size(target) + " bytes)");
        return null;
    }
}
