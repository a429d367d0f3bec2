package org.banli.api.user;

/**
 * An account given a temporary password by Banli — an administrator's reset, or a submitter's account made from
 * the office's sheet: the account, which must choose its own password at the next login, and the temporary
 * password, shown once to whoever asked, to hand over, and kept nowhere.
 */
public record PasswordReset(User user, String temporaryPassword) {}
