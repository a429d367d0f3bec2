package org.banli.api.user;

/**
 * An administrator's password reset: the account, which must choose its own password at the next login,
 * and the temporary password, shown once to the administrator to hand over and kept nowhere.
 */
public record PasswordReset(User user, String temporaryPassword) {}
