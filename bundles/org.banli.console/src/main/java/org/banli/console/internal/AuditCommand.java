package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.ItemService;

@Command(
        scope = "banli",
        name = "audit",
        description = "核验办理记录：每条记录是否被改动、删除或插入 (verify that no history entry was changed, removed or inserted)")
@Service
public class AuditCommand extends BanliCommand {

    @Argument(
            index = 0,
            name = "verify",
            required = true,
            description = "verify：核验全部件的办理记录 (check every item's history)")
    @Completion(value = StringsCompleter.class, values = "verify")
    String action;

    @Reference
    ItemService items;

    @Override
    public Object execute() {
        if (!"verify".equals(action)) {
            out().println("用法 (usage): banli:audit verify");
            return null;
        }
        HistoryAudit audit = items.auditHistory(actor());
        String counted = audit.items() + " 件 " + audit.entries() + " 条记录，其中封存前的 " + audit.unsealed() + " 条不在核验之列 ("
                + audit.items() + " items, " + audit.entries() + " entries, " + audit.unsealed()
                + " written before sealing)";
        if (audit.isIntact()) {
            out().println("办理记录完好 (history intact): " + counted);
            return null;
        }
        out().println("发现 " + audit.breaks().size() + " 件的办理记录被改动 ("
                + audit.breaks().size() + " items with a broken history): " + counted);
        ConsoleTable table = new ConsoleTable()
                .column("件 Item")
                .numbers("第几条 Entry")
                .column("动作 Action")
                .column("时间 At")
                .column("问题 Problem", 70);
        for (HistoryAudit.Break broken : audit.breaks()) {
            table.row(
                    broken.item(),
                    broken.position(),
                    broken.entry() == null ? "" : broken.entry().action().chinese(),
                    broken.entry() == null ? "" : broken.entry().at(),
                    broken.kind().description());
        }
        table.print(out());
        return null;
    }
}
