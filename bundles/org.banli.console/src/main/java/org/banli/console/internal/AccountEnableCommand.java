package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "banli", name = "account-enable", description = "重新启用停用的账号 (enable a disabled account again)")
@Service
public class AccountEnableCommand extends AccountAction {

    @Override
    public Object execute() {
        users.setDisabled(actor(), username, false);
        out().println("已重新启用 " + Consoles.personName(users, username) + " (enabled again)");
        return null;
    }
}
