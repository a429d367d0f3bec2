package org.banli.api.user;

import java.time.Duration;
import java.util.Optional;

/**
 * Web desk logins, kept in the database so that every node of an installation serves every login and
 * a logout on one node ends it on all of them.
 */
public interface LoginSessions {

    /** How long logins live and how many an account may hold. */
    record Limits(Duration idle, Duration maximum, int perAccount) {}

    /** Starts a login for the account, ending its least recently used ones beyond the limit. */
    LoginSession open(String username, Limits limits);

    /** The live login with this id, its idle time restarted; empty when unknown or expired. */
    Optional<LoginSession> find(String id, Limits limits);

    void close(String id);

    /** Ends every login of the account but {@code keep} (may be null), e.g. after a password change. */
    void closeAll(String username, String keep);
}
