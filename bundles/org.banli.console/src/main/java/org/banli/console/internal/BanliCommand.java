package org.banli.console.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.banli.api.Actor;
import org.banli.api.user.UserService;

/** What every banli:* command has: the console it prints to and the Banli account it acts as. */
abstract class BanliCommand implements Action {

    @Reference
    UserService users;

    @Reference
    Session session;

    Actor actor() {
        return Consoles.actor(users);
    }

    PrintStream out() {
        return session.getConsole();
    }
}
