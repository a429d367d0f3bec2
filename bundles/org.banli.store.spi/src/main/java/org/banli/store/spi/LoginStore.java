package org.banli.store.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.banli.api.user.LoginSession;

/**
 * Web desk logins. The store keeps each under a digest of its id (the session's {@code id} field here is
 * that digest), so that a reader of the tables cannot take over a login.
 */
public interface LoginStore {

    void save(LoginSession login);

    Optional<LoginSession> find(String digest);

    void seen(String digest, Instant at);

    void delete(String digest);

    /** The account's logins, least recently used first. */
    List<LoginSession> of(String username);

    /** Deletes the account's logins but {@code keep} (may be null). */
    void deleteAll(String username, String keep);

    /** Deletes the logins idle since before {@code idleBefore} or begun before {@code startedBefore}. */
    void deleteExpired(Instant idleBefore, Instant startedBefore);
}
