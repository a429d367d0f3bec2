package org.banli.api;

import java.util.Set;
import org.banli.api.user.Role;

/**
 * The authenticated person behind a request: what every service checks before it acts.
 *
 * @param username the account name
 * @param roles    the roles the account holds
 * @param unitCode the handling unit of a handler or unit head, otherwise {@code null}
 */
public record Actor(String username, Set<Role> roles, String unitCode) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
