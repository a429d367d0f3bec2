package org.banli.api.user;

import java.util.List;
import java.util.Optional;
import org.banli.api.Actor;
import org.banli.api.item.ItemKind;

/** Accounts and their credentials. */
public interface UserService {

    /**
     * Creates an account (administrators only). The administrator chose its password, so the person must
     * choose their own at the first login.
     */
    User create(Actor actor, UserDraft draft);

    /**
     * Makes an account for each lead submitter the office's sheet names who has none (the office importing the
     * year's batch, or an administrator): the name and telephone as the sheet gives them (a telephone that is no
     * telephone left out), the submitter role alone, a username Banli makes ({@code deputy-2026-001} for a deputy,
     * {@code member-2026-001} for a member of a proposal's year) and a temporary password to be changed at the
     * first login, each shown once in the answer. All are checked before any is made.
     */
    List<PasswordReset> createSubmitters(Actor actor, ItemKind kind, int year, List<NewSubmitter> submitters);

    /** A submitter a sheet names, to be given an account: their name and, if the sheet gives it, telephone. */
    record NewSubmitter(String displayName, String phone) {}

    /** Changes an account's name, roles, unit and contact details (administrators only). */
    User edit(Actor actor, String username, AccountEdit edit);

    /**
     * Disables an account, or lets a disabled one log in again (administrators only; never their own account
     * disabled). A disabled account can no longer log in, and its logins end at once, on every node. Setting
     * what is already set changes nothing.
     */
    User setDisabled(Actor actor, String username, boolean disabled);

    /**
     * Gives an account a generated temporary password (administrators only), which it must change at the
     * next login; its logins end at once.
     */
    PasswordReset resetPassword(Actor actor, String username);

    /** The account's audit record, oldest first (administrators only). */
    List<AccountChange> changes(Actor actor, String username);

    /**
     * Changes the actor's own password; the current one must be given. Clears the
     * "must change password" mark of a generated password.
     */
    User changePassword(Actor actor, char[] currentPassword, char[] newPassword);

    /** One account (administrators, or the account itself). */
    User get(Actor actor, String username);

    /** Every account (administrators only). */
    List<User> list(Actor actor);

    /** The account with this name, if any. */
    Optional<User> find(String username);

    /**
     * The enabled accounts of one role by name, for choosing a submitter or a leading official in a form (the
     * office, supervisors and administrators), in the order of their names.
     */
    List<Person> people(Actor actor, Role role);

    /**
     * Checks a password. The hash is deliberately slow (salted and iterated), so a success is
     * remembered while the account's stored hash stays the one it matched (read at every use: a password
     * change on any node ends it at once), and concurrent checks of the same credentials from the same
     * client share one hash. Only failed checks are counted, in the store, so that every node counts the
     * same: after a few from one client for one account (or many from one client over any accounts),
     * that client waits a growing delay before its next check, while the account stays open to
     * everyone else.
     *
     * @param client where the attempt comes from, e.g. the remote address; attempts from
     *               different clients never slow each other
     * @return the account when the password is right, otherwise empty
     * @throws LoginDelayedException when this client must wait before its next check
     */
    Optional<User> authenticate(String username, char[] password, String client);

    /** The acting person for an account, as services expect it. */
    static Actor actorOf(User user) {
        return new Actor(user.username(), user.roles(), user.unitCode());
    }
}
