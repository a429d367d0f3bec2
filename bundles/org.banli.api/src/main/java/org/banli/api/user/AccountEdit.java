package org.banli.api.user;

import java.util.Set;

/** What an administrator may change of an existing account: everything but its username and password. */
public record AccountEdit(String displayName, Set<Role> roles, String unitCode, String phone, String email) {}
