package org.banli.core.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.banli.store.spi.LoginFailureStore;
import org.banli.store.spi.LoginFailureStore.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing without ever refusing a right password for someone else's wrong ones.
 * Failed checks count under two keys: an account from one client (so a guesser elsewhere cannot lock
 * the real user out) and a client over all accounts (so spraying one guess over many accounts is slowed
 * too). Once a key has had its free failures, every further check must wait a delay that doubles with
 * each failure; an attempt that comes early is refused unchecked with the time left.
 *
 * <p>The counts are in the database, so every node slows the same guesser alike. Each admitted check
 * is counted as a failure before it runs and given back if the password was right: so checks running at
 * once, on any node, cannot slip past the count, and once the delay bites, one check at a time passes.
 * Failures are forgotten after {@link #FORGET} without one.
 */
final class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_CLIENT_FAILURES = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofMinutes(15);
    /** How often a node deletes the forgotten counts. */
    static final Duration SWEEP = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginFailureStore failures;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(LoginFailureStore failures) {
        this.failures = failures;
    }

    /**
     * Admits one check of {@code account} (null for an unknown name) from {@code client}, or says
     * how long the client must wait. An admitted check must end in {@link #failed} or {@link #succeeded}.
     */
    Optional<Duration> admit(String account, String client, Instant now) {
        sweep(now);
        String clientKey = clientKey(client);
        Optional<Duration> wait = charge(clientKey, FREE_CLIENT_FAILURES, now);
        if (wait.isPresent() || account == null) {
            return wait;
        }
        wait = charge(accountKey(account, client), FREE_ACCOUNT_FAILURES, now);
        if (wait.isPresent()) {
            refund(clientKey);
        }
        return wait;
    }

    /** How long {@code client} must still wait before {@code account} may be tried, if it must; changes nothing. */
    Optional<Duration> waiting(String account, String client, Instant now) {
        String clientKey = clientKey(client);
        String accountKey = account == null ? null : accountKey(account, client);
        Map<String, Failures> found =
                failures.find(accountKey == null ? List.of(clientKey) : List.of(clientKey, accountKey));
        Optional<Duration> wait = waiting(found.get(clientKey), FREE_CLIENT_FAILURES, now);
        return wait.isPresent() || accountKey == null
                ? wait
                : waiting(found.get(accountKey), FREE_ACCOUNT_FAILURES, now);
    }

    /** The check was counted as a failure when admitted; this only tells the administrator when an account is under attack. */
    void failed(String account, String client, Instant now) {
        if (account == null) {
            return;
        }
        Failures f = failures.find(List.of(accountKey(account, client))).get(accountKey(account, client));
        if (f != null && f.count() == FREE_ACCOUNT_FAILURES) {
            LOG.warn(
                    "账号 {} 自 {} 连续 {} 次密码错误，此后每次尝试须等待 (account {} failed {} times from {}; further"
                            + " attempts from there are delayed)",
                    account,
                    client,
                    f.count(),
                    account,
                    f.count(),
                    client);
        }
    }

    /** A right password clears its account's count for that client and gives back the client's charge. */
    void succeeded(String account, String client, Instant now) {
        refund(clientKey(client));
        failures.change(accountKey(account, client), f -> Failures.NONE);
    }

    /** Counts one check under {@code key} unless the key must wait; @return the wait, if it must */
    private Optional<Duration> charge(String key, int free, Instant now) {
        Duration[] wait = {null};
        failures.change(key, stored -> {
            Failures f = forgotten(stored, now) ? Failures.NONE : stored;
            wait[0] = waiting(f, free, now).orElse(null);
            return wait[0] != null ? stored : new Failures(f.count() + 1, now);
        });
        return Optional.ofNullable(wait[0]);
    }

    private void refund(String key) {
        failures.change(key, f -> f.count() <= 1 ? Failures.NONE : new Failures(f.count() - 1, f.last()));
    }

    private static Optional<Duration> waiting(Failures f, int free, Instant now) {
        if (f == null || forgotten(f, now) || f.count() < free) {
            return Optional.empty();
        }
        Instant allowed = f.last().plus(delay(f.count() - free));
        return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(FORGET).isBefore(now);
    }

    /** Deletes the forgotten counts, at most once per {@link #SWEEP} on this node. */
    private void sweep(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP))) {
            return;
        }
        try {
            failures.forgetBefore(now.minus(FORGET));
        } catch (RuntimeException e) {
            LOG.warn("Forgotten login failures not deleted; the next sweep tries again: {}", e.toString());
        }
    }

    /**
     * The wait after the free failures: one second, doubling with every further failure, at most {@link #MAX_DELAY}.
     * The check that crossed the free failures is itself counted, so the first wait follows it.
     */
    static Duration delay(int failuresBeyondFree) {
        return failuresBeyondFree >= 20
                ? MAX_DELAY
                : Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), FIRST_DELAY.toMillis() << failuresBeyondFree));
    }

    private static String accountKey(String account, String client) {
        return "account " + account + " from " + client;
    }

    private static String clientKey(String client) {
        return "client " + client;
    }
}
