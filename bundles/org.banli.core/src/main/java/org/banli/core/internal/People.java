package org.banli.core.internal;

import java.util.List;
import java.util.Set;

import org.banli.api.store.UserStore;
import org.banli.api.user.Role;
import org.banli.api.user.User;

/**
 * Who belongs where, for notifications: the accounts are read once, when first needed, for one
 * step or one reminder run; whoever belongs to a unit at that moment is told.
 */
final class People implements Notifier.Recipients {

    private final UserStore users;
    private List<User> accounts;

    People(UserStore users) {
        this.users = users;
    }

    private List<User> accounts() {
        if (accounts == null) {
            accounts = users.list();
        }
        return accounts;
    }

    @Override
    public List<String> staff(String unitCode) {
        return accounts().stream().filter(u -> unitCode != null && unitCode.equals(u.unitCode()))
                .filter(u -> u.roles().contains(Role.HANDLER) || u.roles().contains(Role.UNIT_HEAD))
                .map(User::username).toList();
    }

    @Override
    public List<String> supervisors() {
        return accounts().stream().filter(u -> u.roles().contains(Role.SUPERVISOR)).map(User::username).toList();
    }

    @Override
    public Set<String> channels(String username) {
        return users.channels(username);
    }
}
