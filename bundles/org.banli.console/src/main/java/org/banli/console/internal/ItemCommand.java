package org.banli.console.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemService;
import org.banli.api.item.Timing;
import org.banli.api.unit.UnitService;

@Command(scope = "banli", name = "item", description = "一件建议或提案及其办理过程 (one item with its history)")
@Service
public class ItemCommand extends BanliCommand {

    @Argument(
            index = 0,
            name = "item",
            required = true,
            description = "编号如 2026年建议第12号，或ID (the number as people say it, e.g. 2026年建议第12号, or the id)")
    @Completion(ItemCompleter.class)
    String item;

    @Reference
    ItemService items;

    @Reference
    UnitService units;

    @Override
    public Object execute() {
        var actor = actor();
        long id = Consoles.itemId(items, actor, this.item);
        Dossier dossier = items.dossier(actor, id);
        Item item = dossier.item();
        Timing timing = items.timing(dossier);
        PrintStream out = out();
        out.println(item.label() + "  " + item.title());
        out.println(
                "状态 Status: " + item.status().chinese() + " (" + item.status() + ")  版本 Version: " + item.version());
        out.println("提出人 Submitter: " + Consoles.personName(users, item.submitter()) + "  类别 Category: "
                + (item.category() == null ? "-" : item.category())
                + (item.keyItem() ? "  重点件 key item, 领办 " + Consoles.personName(users, item.leadingOfficial()) : ""));
        List<String> coUnits = dossier.activeCoUnits().stream()
                .map(c -> Consoles.unitName(units, c.unitCode()))
                .toList();
        out.println("主办 Host: " + Consoles.unitName(units, item.hostUnit()) + "  协办 Co-units: "
                + (coUnits.isEmpty() ? "无 none" : String.join("、", coUnits)));
        if (timing.deadline() != null) {
            out.println("期限 Deadline: " + timing.deadline()
                    + (timing.daysLeft() == null ? "" : "  剩余 " + timing.daysLeft() + " 天")
                    + (timing.overdue() ? "  已逾期 OVERDUE" : "")
                    + (timing.atRisk() ? "  临期 at risk" : ""));
        }
        timing.warnings().forEach(w -> out.println("预警 Warning: " + w.text().bilingual()));
        out.println("答复 Replies: " + dossier.replies().size() + "  测评 Ratings: "
                + dossier.ratings().size() + "  联系 Contacts: "
                + dossier.contacts().size() + "  督办 Notices: "
                + dossier.notices().size());
        out.println("办理过程 History:");
        ZoneId zone = ZoneId.of(items.countyRules().timeZone());
        Map<String, String> names = new HashMap<>();
        for (ItemEvent event : items.history(actor, id)) {
            String who = event.actor() == null
                    ? "-"
                    : names.computeIfAbsent(event.actor(), u -> Consoles.personName(users, u));
            out.println("  " + Consoles.localTime(event.at(), zone) + "  "
                    + event.action().chinese() + "  " + who + "  "
                    + (event.fromStatus() == null ? "" : event.fromStatus().chinese() + " → ")
                    + event.toStatus().chinese() + (event.reason() == null ? "" : "  " + event.reason()));
        }
        return null;
    }
}
