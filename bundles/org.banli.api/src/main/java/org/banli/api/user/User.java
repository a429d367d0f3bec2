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
 * @param mustChangePassword true while the password is a generated one
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
        Instant createdAt) {

    public User {
        roles = Set.copyOf(roles);
    }
}
