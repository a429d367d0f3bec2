package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.Page;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Timing;
import org.banli.api.unit.UnitService;

@Command(scope = "banli", name = "items", description = "建议提案列表 (list items)")
@Service
public class ItemsCommand extends BanliCommand {

    @Option(name = "--status", description = "状态 (status), e.g. HANDLING")
    @Completion(
            value = StringsCompleter.class,
            values = {
                "REGISTERED",
                "ASSIGNED",
                "HANDLING",
                "REPLY_APPROVED",
                "UNDER_REVIEW",
                "REPLIED",
                "REHANDLING",
                "CONSULTATION",
                "FOLLOW_UP",
                "CLOSED"
            })
    String status;

    @Option(name = "--unit", description = "主办单位代码 (host unit code)")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--kind", description = "SUGGESTION 建议 / PROPOSAL 提案")
    @Completion(
            value = StringsCompleter.class,
            values = {"SUGGESTION", "PROPOSAL"})
    String kind;

    @Option(name = "--year", description = "年度 (session year)")
    Integer year;

    @Option(name = "--overdue", description = "只列逾期件 (overdue items only)")
    boolean overdue;

    @Option(name = "--due-within", description = "N 天内到期 (deadline within N days)")
    Integer dueWithin;

    @Option(name = "--warning", description = "预警 (early warning)")
    @Completion(
            value = StringsCompleter.class,
            values = {"NO_CONTACT", "NO_DRAFT", "MISSING_CO_UNIT_OPINION", "OVERDUE_COMMITMENT", "RATING_OVERDUE"})
    String warning;

    @Option(name = "--page", description = "页码，从1起 (page, from 1)")
    int page = 1;

    @Option(name = "--size", description = "每页条数 (page size)")
    int size = 50;

    @Reference
    ItemService items;

    @Reference
    UnitService units;

    @Override
    public Object execute() {
        ItemQuery query = ItemQuery.page(page - 1, size)
                .withStatus(status == null ? null : ItemStatus.valueOf(status.toUpperCase()))
                .withHostUnit(unit)
                .withKind(kind == null ? null : ItemKind.valueOf(kind.toUpperCase()))
                .withYear(year)
                .withOverdue(overdue ? Boolean.TRUE : null)
                .withDueWithinDays(dueWithin)
                .withWarning(warning == null ? null : Timing.Kind.valueOf(warning.toUpperCase()));
        Page<Item> found = items.list(actor(), query);
        ConsoleTable table = new ConsoleTable()
                .column("编号 Number")
                .column("状态 Status")
                .column("主办单位 Host unit")
                .column("答复期限 Deadline")
                .numbers("剩余天数 Days left")
                .column("标题 Title", 40);
        for (Item item : found.items()) {
            Timing timing = items.timing(item);
            table.row(
                    item.label(),
                    item.status().chinese(),
                    Consoles.unitName(units, item.hostUnit()),
                    item.deadline(),
                    timing.daysLeft(),
                    item.title());
        }
        table.print(out());
        int pages = Math.max(1, (int) Math.ceil(found.total() / (double) size));
        out().println("共 " + found.total() + " 件，第 " + page + "/" + pages + " 页 (" + found.total() + " items, page "
                + page + " of " + pages + ")");
        return null;
    }
}
