package org.banli.store.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.banli.api.user.AccountChange;
import org.banli.api.user.Role;
import org.banli.api.user.User;

/**
 * Persistence of accounts; the password hash is opaque to the store. Every change of an account is written
 * with its audit record, in one transaction.
 */
public interface UserStore {

    /** Stores a new account; a conflict when the username is taken. */
    User create(User user, String passwordHash, AccountChange change);

    /** Stores an account Banli itself creates (the first administrator), recorded as created by no one. */
    default User create(User user, String passwordHash) {
        return create(
                user,
                passwordHash,
                new AccountChange(user.username(), null, user.createdAt(), AccountChange.Kind.CREATED));
    }

    /**
     * Writes an account's name, roles, unit, contact details and whether it is disabled (its password and
     * its "must change password" mark stay); not found when there is no such account.
     */
    User update(User user, AccountChange change);

    Optional<User> find(String username);

    /** The password hash of an enabled account; empty for an unknown or a disabled one. */
    Optional<String> passwordHash(String username);

    List<User> list();

    /** The accounts that belong to a unit, by username. */
    List<User> members(String unitCode);

    /** The accounts that hold a role, by username. */
    List<User> withRole(Role role);

    /** The notification channels the account chose besides the inbox. */
    Set<String> channels(String username);

    void setChannels(String username, Set<String> channels);

    /** Replaces an account's password hash and sets its "must change password" mark as given. */
    User updatePassword(String username, String passwordHash, boolean mustChange, AccountChange change);

    /** The account's audit record, oldest first. */
    List<AccountChange> changes(String username);
}
