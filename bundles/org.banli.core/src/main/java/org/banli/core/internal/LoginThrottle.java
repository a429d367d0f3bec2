package org.banli.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing: after {@value #ALLOWED_FAILURES} wrong passwords in a row an
 * account refuses every login, even a right one, for {@link #LOCK}. Attempts are counted
 * before the slow password check, so parallel guesses cannot slip past the count. Only existing accounts
 * are tracked, so guessing usernames cannot fill the memory.
 */
final class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * Counts an attempt before its password is checked, so that parallel guesses count too.
     *
     * @return false when the account is locked and the attempt must fail unchecked
     */
    boolean attempt(String username, Instant now) {
        boolean[] allowed = { false };
        Failures f = failures.compute(username, (name, old) -> {
            if (old != null && old.lockedUntil != null && now.isBefore(old.lockedUntil)) {
                return old;
            }
            allowed[0] = true;
            int count = old == null ? 1 : old.count + 1;
            return new Failures(count, count % ALLOWED_FAILURES == 0 ? now.plus(LOCK) : null);
        });
        if (allowed[0] && f.lockedUntil != null) {
            LOG.warn("Account {} locked for {} unless this attempt is right: {} attempts in a row", username, LOCK,
                    f.count);
        }
        return allowed[0];
    }

    /** A right password clears the count and any lock its own attempt set. */
    void succeeded(String username) {
        failures.remove(username);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
