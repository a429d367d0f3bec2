package org.banli.api.user;

import java.util.Set;

/** What an administrator supplies to create an account. */
public record UserDraft(
        String username,
        String displayName,
        String password,
        Set<Role> roles,
        String unitCode,
        String phone,
        String email) {}
