package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.user.PasswordReset;

@Command(
        scope = "banli",
        name = "account-reset",
        description = "重置密码为临时密码，下次登录须修改 (reset to a temporary password, to be changed at the next login)")
@Service
public class AccountResetCommand extends AccountAction {

    @Override
    public Object execute() {
        PasswordReset reset = users.resetPassword(actor(), username);
        out().println("临时密码 Temporary password: " + reset.temporaryPassword());
        out().println("只显示这一次，请告知本人；下次登录时须修改"
                + " (shown this once: hand it to the person, who must change it at the next login)");
        return null;
    }
}
