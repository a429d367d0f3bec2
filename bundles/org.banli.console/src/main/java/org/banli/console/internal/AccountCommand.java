package org.banli.console.internal;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.Actor;
import org.banli.api.item.ItemService;
import org.banli.api.unit.UnitService;
import org.banli.api.user.AccountChange;
import org.banli.api.user.User;

@Command(scope = "banli", name = "account", description = "一个账号及其变更记录 (one account and its audit record)")
@Service
public class AccountCommand extends AccountAction {

    private static final Map<String, String> FIELDS =
            Map.of("displayName", "姓名", "roles", "角色", "unit", "单位", "phone", "手机", "email", "电子邮箱");

    @Reference
    UnitService units;

    @Reference
    ItemService items;

    @Override
    public Object execute() {
        Actor actor = actor();
        User account = users.get(actor, username);
        ZoneId zone = ZoneId.of(items.countyRules().timeZone());
        PrintStream out = out();
        out.println("姓名 Name: " + account.displayName() + "  账号 Username: " + account.username());
        out.println(
                "角色 Roles: " + Consoles.roles(account) + "  单位 Unit: " + Consoles.unitName(units, account.unitCode()));
        out.println("手机 Mobile: " + (account.phone() == null ? "-" : account.phone()) + "  电子邮箱 E-mail: "
                + (account.email() == null ? "-" : account.email()));
        out.println("状态 State: " + Consoles.state(account) + "  创建 Created: "
                + Consoles.localTime(account.createdAt(), zone));
        out.println("变更记录 Audit record:");
        changes(users.changes(actor, username), zone).print(out);
        return null;
    }

    private ConsoleTable changes(List<AccountChange> changes, ZoneId zone) {
        ConsoleTable table = new ConsoleTable()
                .column("时间 When")
                .column("操作人 By")
                .column("变更 Change")
                .column("内容 Details", 80);
        Map<String, String> names = new HashMap<>();
        for (AccountChange change : changes) {
            table.row(
                    Consoles.localTime(change.at(), zone),
                    change.actor() == null
                            ? "系统 Banli"
                            : names.computeIfAbsent(change.actor(), u -> Consoles.personName(users, u)),
                    change.kind().chinese(),
                    change.fields().stream()
                            .map(f -> FIELDS.getOrDefault(f.field(), f.field()) + " "
                                    + (f.before() == null ? "-" : f.before()) + " → "
                                    + (f.after() == null ? "-" : f.after()))
                            .collect(Collectors.joining("；")));
        }
        return table;
    }
}
