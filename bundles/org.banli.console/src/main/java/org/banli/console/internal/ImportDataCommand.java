package org.banli.console.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.archive.DataArchive;
import org.banli.api.archive.DataArchiveService;

@Command(
        scope = "banli",
        name = "import-data",
        description = "从 banli:export 的归档恢复全部数据，仅限尚无数据的安装 (restore all data from a banli:export archive"
                + " into an installation without data)")
@Service
public class ImportDataCommand extends BanliCommand {

    @Argument(index = 0, name = "file", required = true, description = "banli:export 写的归档文件 (archive file)")
    String file;

    @Reference
    DataArchiveService archives;

    @Override
    public Object execute() throws Exception {
        DataArchive archive;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            archive = archives.restore(actor(), in);
        }
        out().println("已恢复 " + archive.rows().size() + " 张表共 " + archive.totalRows() + " 行（归档写于 "
                + archive.exportedAt() + "）；账号及其密码均为归档中的 (restored " + archive.totalRows()
                + " rows; the accounts and their passwords are the archive's)");
        return null;
    }
}
