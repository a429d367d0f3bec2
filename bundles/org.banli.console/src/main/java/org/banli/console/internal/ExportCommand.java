package org.banli.console.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.archive.DataArchive;
import org.banli.api.archive.DataArchiveService;

@Command(
        scope = "banli",
        name = "export",
        description = "导出全部数据到一个归档文件，运行中即可 (write all data to one archive file, while Banli runs)")
@Service
public class ExportCommand extends BanliCommand {

    @Argument(index = 0, name = "file", required = true, description = "归档文件，如 banli-2026.zip (archive file)")
    String file;

    @Reference
    DataArchiveService archives;

    @Override
    public Object execute() throws Exception {
        DataArchiveService.Export export = archives.export(actor());
        Path target = Path.of(file).toAbsolutePath();
        // Written beside the target and moved into place, so that a failed export leaves no half archive.
        Path partial = Files.createTempFile(target.getParent(), ".banli-export-", ".part");
        DataArchive archive;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                archive = export.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        out().println("已导出 " + archive.rows().size() + " 张表共 " + archive.totalRows() + " 行 → " + target + " ("
                + Files.size(target) + " 字节) (exported " + archive.totalRows() + " rows of "
                + archive.rows().size()
                + " tables)");
        return null;
    }
}
