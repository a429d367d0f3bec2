package org.banli.console.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.unit.UnitService;
import org.banli.api.user.Role;
import org.banli.api.user.User;

@Command(scope = "banli", name = "accounts", description = "账号列表，按姓名排序 (the accounts, by name)")
@Service
public class AccountsCommand extends BanliCommand {

    @Option(name = "--role", description = "只列此角色 (only this role), e.g. HANDLER")
    @Completion(
            value = StringsCompleter.class,
            values = {
                "ADMIN",
                "OFFICE",
                "SUPERVISOR",
                "HANDLER",
                "UNIT_HEAD",
                "SUBMITTER",
                "LEADER",
                "NPC_LIAISON",
                "CPPCC_LIAISON"
            })
    String role;

    @Option(name = "--disabled", description = "只列已停用的账号 (disabled accounts only)")
    boolean disabled;

    @Reference
    UnitService units;

    @Override
    public Object execute() {
        Role only = role == null ? null : Consoles.role(role);
        ConsoleTable table = new ConsoleTable()
                .column("姓名 Name")
                .column("账号 Username")
                .column("角色 Roles")
                .column("单位 Unit")
                .column("状态 State");
        Collator chinese = Collator.getInstance(Locale.CHINA);
        users.list(actor()).stream()
                .filter(user -> only == null || user.roles().contains(only))
                .filter(user -> !disabled || user.disabled())
                .sorted(Comparator.comparing(User::displayName, chinese).thenComparing(User::username))
                .forEach(user -> table.row(
                        user.displayName(),
                        user.username(),
                        Consoles.roles(user),
                        Consoles.unitName(units, user.unitCode()),
                        Consoles.state(user)));
        table.print(out());
        return null;
    }
}
