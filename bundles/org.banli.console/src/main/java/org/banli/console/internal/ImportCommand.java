package org.banli.console.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.banli.api.intake.IntakeFile;
import org.banli.api.intake.IntakePreview;
import org.banli.api.intake.IntakeProblem;
import org.banli.api.intake.IntakeRow;
import org.banli.api.intake.IntakeService;
import org.banli.api.item.ItemKind;
import org.banli.api.unit.UnitService;

@Command(
        scope = "banli",
        name = "import",
        description = "导入一年的建议或提案（xlsx 或 csv）：先预览每一行及其问题，加 --confirm 才一次全部登记 (import a year's"
                + " suggestions or proposals from xlsx or csv: a preview of every row and its problems first; --confirm"
                + " registers the whole batch at once)")
@Service
public class ImportCommand extends BanliCommand {

    @Argument(index = 0, name = "file", required = true, description = "表格文件 .xlsx 或 .csv (the spreadsheet)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--kind", description = "SUGGESTION（建议，默认）或 PROPOSAL（提案） (SUGGESTION, the default, or PROPOSAL)")
    String kind = "SUGGESTION";

    @Option(name = "--year", description = "年度，默认今年 (the session year; this year by default)")
    Integer year;

    @Option(name = "--confirm", description = "登记全部新行；有任何问题则一行也不登记 (register every new row; none if any has a problem)")
    boolean confirm;

    @Option(
            name = "--create-submitters",
            description = "为表中尚无账号的领衔代表、委员建立账号（临时密码只显示一次） (give lead submitters without an account one; each"
                    + " temporary password is shown once)")
    boolean createSubmitters;

    @Reference
    IntakeService intake;

    @Reference
    UnitService units;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        IntakeFile sheet = new IntakeFile(path.getFileName().toString(), Files.readAllBytes(path));
        ItemKind itemKind = ItemKind.valueOf(kind.toUpperCase(Locale.ROOT));
        int sessionYear = year != null ? year : Year.now().getValue();
        IntakePreview preview = confirm
                ? intake.confirm(actor(), sheet, itemKind, sessionYear, createSubmitters)
                : intake.preview(actor(), sheet, itemKind, sessionYear, createSubmitters);
        ConsoleTable table = new ConsoleTable()
                .numbers("行 Row")
                .column("结果 Outcome")
                .column("编号 Number")
                .column("领衔 Submitter")
                .column("拟主办 Host")
                .column("标题 Title", 36);
        for (IntakeRow row : preview.rows()) {
            table.row(
                    row.row(),
                    outcome(row, preview.confirmed()),
                    row.registeredAs() != null ? row.registeredAs() : row.number() == null ? "（顺延）" : row.number(),
                    row.submitterName(),
                    Consoles.unitName(units, row.proposedHost()),
                    row.title());
        }
        table.print(out());
        for (IntakeProblem problem : preview.problems()) {
            out().println(problem.located().bilingual());
        }
        if (!preview.accounts().isEmpty()) {
            ConsoleTable accounts = new ConsoleTable()
                    .column("提出人 Submitter")
                    .column("账号 Account")
                    .column("临时密码 Temporary password");
            preview.accounts()
                    .forEach(a -> accounts.row(a.user().displayName(), a.user().username(), a.temporaryPassword()));
            out().println("已建立 " + preview.accounts().size() + " 个账号，临时密码只显示这一次，请转交本人，首次登录须修改 ("
                    + preview.accounts().size()
                    + " accounts made; each temporary password is shown this once, to be changed"
                    + " at the first login)");
            accounts.print(out());
        } else if (!preview.newSubmitters().isEmpty()) {
            String names = String.join("、", preview.newSubmitters());
            out().println(
                            createSubmitters
                                    ? "将为尚无账号的提出人建立账号：" + names + " (accounts to be made for: " + names + ")"
                                    : "尚无账号的提出人：" + names + "；加 --create-submitters 为他们建立账号 (no account yet: " + names
                                            + "; --create-submitters makes them)");
        }
        long fresh = preview.newRows();
        long before = preview.alreadyRegistered();
        if (preview.confirmed()) {
            out().println("已登记 " + fresh + " 件，" + before + " 件此前已登记未变 (registered " + fresh + "; " + before
                    + " registered before, left as they were)");
        } else if (preview.problems().isEmpty()) {
            out().println("预览：将登记 " + fresh + " 件，" + before + " 件此前已登记；确认无误后加 --confirm 再运行 (preview: " + fresh
                    + " to register, " + before + " registered before; run again with --confirm)");
        } else {
            out().println("预览：有 " + preview.problems().size() + " 处问题，改正后才能导入 (preview: "
                    + preview.problems().size() + " problems to put right before the import)");
        }
        return null;
    }

    private static String outcome(IntakeRow row, boolean confirmed) {
        return switch (row.outcome()) {
            case NEW -> confirmed ? "已登记" : "将登记";
            case ALREADY_REGISTERED -> "此前已登记";
            case REFUSED -> "有问题";
        };
    }
}
