package org.banli.store.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.banli.api.user.Role;
import org.banli.api.user.User;

/** Persistence of accounts; the password hash is opaque to the store. */
public interface UserStore {

    /** Stores a new account; a conflict when the username is taken. */
    User create(User user, String passwordHash);

    Optional<User> find(String username);

    Optional<String> passwordHash(String username);

    List<User> list();

    /** The accounts that belong to a unit, by username. */
    List<User> members(String unitCode);

    /** The accounts that hold a role, by username. */
    List<User> withRole(Role role);

    /** The notification channels the account chose besides the inbox. */
    Set<String> channels(String username);

    void setChannels(String username, Set<String> channels);

    /** Replaces an account's password hash and clears its "must change password" mark. */
    User updatePassword(String username, String passwordHash);
}
