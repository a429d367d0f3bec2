package org.banli.api.user;

import java.time.Instant;
import java.util.Set;

/**
 * A Banli account. The password hash never leaves the store.
 *
 * @param username           login name, unique
 * @param displayName        the person's name as shown to others (Chinese)
 * @param roles              what the account may do
 * @param unitCode           the handling unit for handlers and unit heads, else {@code null}
 * @param phone              contact phone, may be {@code null}
 * @param email              contact e-mail, may be {@code null}
 * @param mustChangePassword true while the password is one someone else chose (generated, or set by an administrator)
 * @param disabled           true while an administrator has disabled the account: it cannot log in
 * @param createdAt          when the account was created
 */
public record User(
        String username,
        String displayName,
        Set<Role> roles,
        String unitCode,
        String phone,
        String email,
        boolean mustChangePassword,
        boolean disabled,
        Instant createdAt) {

    public User {
        roles = Set.copyOf(roles);
    }

    /** An account as it is created: enabled. */
    public User(
            String username,
            String displayName,
            Set<Role> roles,
            String unitCode,
            String phone,
            String email,
            boolean mustChangePassword,
            Instant createdAt) {
        this(username, displayName, roles, unitCode, phone, email, mustChangePassword, false, createdAt);
    }

    /** This account with the administrator's edit applied. */
    public User edited(AccountEdit edit) {
        return new User(
                username,
                edit.displayName(),
                edit.roles(),
                edit.unitCode(),
                edit.phone(),
                edit.email(),
                mustChangePassword,
                disabled,
                createdAt);
    }

    /** This account disabled or enabled again. */
    public User withDisabled(boolean disabled) {
        return new User(username, displayName, roles, unitCode, phone, email, mustChangePassword, disabled, createdAt);
    }
}
