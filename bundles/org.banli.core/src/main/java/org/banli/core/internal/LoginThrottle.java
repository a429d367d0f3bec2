package org.banli.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing: after {@value #ALLOWED_FAILURES} wrong passwords in a row an
 * account refuses every login, even a right one, for {@link #LOCK}. Only existing accounts
 * are tracked, so guessing usernames cannot fill the memory.
 */
final class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    boolean isLocked(String username, Instant now) {
        Failures f = failures.get(username);
        return f != null && f.lockedUntil != null && now.isBefore(f.lockedUntil);
    }

    void failed(String username, Instant now) {
        Failures f = failures.merge(username, new Failures(1, null), (old, one) -> {
            int count = old.count + 1;
            return new Failures(count, count % ALLOWED_FAILURES == 0 ? now.plus(LOCK) : old.lockedUntil);
        });
        if (f.count % ALLOWED_FAILURES == 0) {
            LOG.warn("Account {} locked for {} after {} wrong passwords in a row", username, LOCK, f.count);
        }
    }

    void succeeded(String username) {
        failures.remove(username);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
