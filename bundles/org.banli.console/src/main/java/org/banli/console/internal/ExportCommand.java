package org.banli.console.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.archive.DataArchive;
import org.banli.api.archive.DataArchiveService;
import org.banli.api.item.ItemService;

@Command(
        scope = "banli",
        name = "export",
        description = "导出全部数据（或 --item 一件的案卷）到一个归档文件，运行中即可 (write all data, or with --item one"
                + " item's file, to one archive file, while Banli runs)")
@Service
public class ExportCommand extends BanliCommand {

    @Argument(index = 0, name = "file", required = true, description = "归档文件，如 banli-2026.zip (archive file)")
    String file;

    @Option(name = "--item", description = "只导出这一件的案卷，编号如 2026年建议第12号 (only this item's file, by its number)")
    @Completion(ItemCompleter.class)
    String item;

    @Reference
    DataArchiveService archives;

    @Reference
    ItemService items;

    @Override
    public Object execute() throws Exception {
        DataArchiveService.Export export = item == null
                ? archives.export(actor())
                : archives.exportItem(actor(), Consoles.itemId(items, actor(), item));
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
        out().println((archive.item() == null ? "" : archive.item() + " 的案卷：") + "已导出 "
                + archive.rows().size() + " 张表共 " + archive.totalRows() + " 行 → " + target + " ("
                + Files.size(target) + " 字节) (exported " + archive.totalRows() + " rows of "
                + archive.rows().size()
                + " tables)");
        return null;
    }
}
