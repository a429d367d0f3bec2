package org.banli.console.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.item.Item;
import org.banli.api.user.UserService;

/** What the commands share: who is logged in, and how an item is named on one line. */
final class Consoles {

    private Consoles() {
    }

    /** The Banli account logged in to this console session: commands act as that person. */
    @SuppressWarnings("removal") // Karaf runs each command under the session's Subject
    static Actor actor(UserService users) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return users.find(principal.getName()).map(UserService::actorOf).orElseThrow(() -> BanliException
                        .forbidden("账号 " + principal.getName() + " 不是 Banli 账号 (not a Banli account)"));
            }
        }
        throw BanliException.forbidden("未登录 Banli 账号 (not logged in with a Banli account)");
    }

    static String line(Item item) {
        return item.id() + "  " + item.label() + "  " + item.status().chinese() + "  "
                + (item.hostUnit() == null ? "-" : item.hostUnit()) + "  "
                + (item.deadline() == null ? "-" : item.deadline()) + "  " + item.title();
    }
}
