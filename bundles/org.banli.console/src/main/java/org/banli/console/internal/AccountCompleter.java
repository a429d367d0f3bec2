package org.banli.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.user.User;
import org.banli.api.user.UserService;

/** Completes the usernames of the accounts, for an administrator. */
@Service
public class AccountCompleter implements Completer {

    @Reference
    UserService users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        users.list(Consoles.actor(users)).stream().map(User::username).forEach(names.getStrings()::add);
        return names.complete(session, commandLine, candidates);
    }
}
