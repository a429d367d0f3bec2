package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;

/** What the commands on one account share: the account, named by its username. */
abstract class AccountAction extends BanliCommand {

    @Argument(index = 0, name = "username", required = true, description = "账号 (username)")
    @Completion(AccountCompleter.class)
    String username;
}
