package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(
        scope = "banli",
        name = "account-disable",
        description = "停用账号，其登录随即结束 (disable an account; its logins end at once)")
@Service
public class AccountDisableCommand extends AccountAction {

    @Override
    public Object execute() {
        users.setDisabled(actor(), username, true);
        out().println("已停用 " + Consoles.personName(users, username) + "，其登录已结束 (disabled; its logins have ended)");
        return null;
    }
}
