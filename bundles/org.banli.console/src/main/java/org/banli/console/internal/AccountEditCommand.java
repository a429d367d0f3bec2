package org.banli.console.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.Actor;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.AccountEdit;
import org.banli.api.user.Role;
import org.banli.api.user.User;

@Command(
        scope = "banli",
        name = "account-edit",
        description = "修改账号的姓名、角色、单位和联系方式，未给出的不变"
                + " (edit an account's name, roles, unit and contact details; what is not given stays)")
@Service
public class AccountEditCommand extends AccountAction {

    @Option(name = "--name", description = "姓名 (display name)")
    String name;

    @Option(
            name = "--role",
            multiValued = true,
            description = "角色，可多次给出，给出即替换原有角色 (roles, repeatable; they replace the account's roles)")
    List<String> roles;

    @Option(name = "--unit", description = "所属单位的名称，\"-\" 为无 (the unit's name; \"-\" for none)")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--phone", description = "手机，\"-\" 为无 (mobile; \"-\" for none)")
    String phone;

    @Option(name = "--email", description = "电子邮箱，\"-\" 为无 (e-mail; \"-\" for none)")
    String email;

    @Reference
    UnitService units;

    @Override
    public Object execute() {
        Actor actor = actor();
        User account = users.get(actor, username);
        Set<Role> newRoles = roles == null
                ? account.roles()
                : roles.stream().map(Consoles::role).collect(Collectors.toSet());
        User edited = users.edit(
                actor,
                username,
                new AccountEdit(
                        name == null ? account.displayName() : name,
                        newRoles,
                        unit == null ? account.unitCode() : unitCode(unit),
                        phone == null ? account.phone() : none(phone),
                        email == null ? account.email() : none(email)));
        out().println("已保存 " + edited.displayName() + " (saved)");
        return null;
    }

    /** A unit typed by its name (or its code, as the completer offers it); the service refuses one it lacks. */
    private String unitCode(String typed) {
        String wanted = none(typed);
        if (wanted == null) {
            return null;
        }
        return units.list().stream()
                .filter(u -> u.name().equals(wanted) || u.code().equals(wanted))
                .map(Unit::code)
                .findFirst()
                .orElse(wanted);
    }

    private static String none(String typed) {
        return typed.strip().equals("-") ? null : typed.strip();
    }
}
