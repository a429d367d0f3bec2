package org.banli.core.internal.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.UserStore;

/**
 * Who belongs where, for notifications: a unit's accounts and the supervisors are read when first
 * needed, once for one step or one reminder run; whoever belongs to a unit at that moment is told.
 */
public final class People implements Notifier.Recipients {

    private final UserStore users;
    private final Map<String, List<String>> staff = new HashMap<>();
    private List<String> supervisors;

    public People(UserStore users) {
        this.users = users;
    }

    /** A unit's handlers and its head. */
    @Override
    public List<String> staff(String unitCode) {
        if (unitCode == null) {
            return List.of();
        }
        return staff.computeIfAbsent(
                unitCode,
                code -> users.members(code).stream()
                        .filter(u ->
                                u.roles().contains(Role.HANDLER) || u.roles().contains(Role.UNIT_HEAD))
                        .map(User::username)
                        .toList());
    }

    @Override
    public List<String> supervisors() {
        if (supervisors == null) {
            supervisors =
                    users.withRole(Role.SUPERVISOR).stream().map(User::username).toList();
        }
        return supervisors;
    }

    @Override
    public Set<String> channels(String username) {
        return users.channels(username);
    }
}
