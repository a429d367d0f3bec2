package org.banli.core.internal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing without ever refusing a right password for someone else's wrong ones.
 * Only failed checks count, under two keys: an account from one client (so a guesser elsewhere
 * cannot lock the real user out) and a client over all accounts (so spraying one guess over many
 * accounts is slowed too). Once a key has had its free failures, every further check must wait a
 * delay that doubles with each failure, and only one check of that key runs at a time; an
 * attempt that comes early is refused unchecked with the time left. Before that, at most the
 * remaining free failures of an account may be checked at once, so parallel guesses cannot slip
 * past the count. Failures are forgotten after {@link #FORGET} without one.
 */
final class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_CLIENT_FAILURES = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofMinutes(15);
    /** Beyond this many keys the quiet ones are dropped, so that many clients cannot fill the memory. */
    static final int MAX_KEYS = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final Map<String, Failures> keys = new ConcurrentHashMap<>();

    /**
     * Admits one check of {@code account} (null for an unknown name) from {@code client}, or says
     * how long the client must wait. An admitted check must end in {@link #failed} or {@link #succeeded}.
     */
    Optional<Duration> admit(String account, String client, Instant now) {
        String clientKey = clientKey(client);
        Optional<Duration> wait = admit(clientKey, FREE_CLIENT_FAILURES, false, now);
        if (wait.isPresent() || account == null) {
            return wait;
        }
        wait = admit(accountKey(account, client), FREE_ACCOUNT_FAILURES, true, now);
        if (wait.isPresent()) {
            end(clientKey, now, false);
        }
        return wait;
    }

    /** How long {@code client} must still wait before {@code account} may be tried, if it must; changes nothing. */
    Optional<Duration> waiting(String account, String client, Instant now) {
        Optional<Duration> wait = waiting(keys.get(clientKey(client)), FREE_CLIENT_FAILURES, now);
        return wait.isPresent() || account == null
                ? wait
                : waiting(keys.get(accountKey(account, client)), FREE_ACCOUNT_FAILURES, now);
    }

    private static Optional<Duration> waiting(Failures f, int free, Instant now) {
        if (f == null || f.forgotten(now) || f.count < free) {
            return Optional.empty();
        }
        Instant allowed = f.last.plus(delay(f.count - free));
        return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
    }

    void failed(String account, String client, Instant now) {
        end(clientKey(client), now, true);
        if (account != null) {
            Failures f = end(accountKey(account, client), now, true);
            if (f != null && f.count == FREE_ACCOUNT_FAILURES) {
                LOG.warn(
                        "账号 {} 自 {} 连续 {} 次密码错误，此后每次尝试须等待 (account {} failed {} times from {}; further"
                                + " attempts from there are delayed)",
                        account,
                        client,
                        f.count,
                        account,
                        f.count,
                        client);
            }
        }
    }

    /** A right password clears its account's count for that client; the client's count over all accounts stays. */
    void succeeded(String account, String client, Instant now) {
        end(clientKey(client), now, false);
        keys.remove(accountKey(account, client));
    }

    /** @param limitParallel whether checks running at once count against the free failures before the delay begins */
    private Optional<Duration> admit(String key, int free, boolean limitParallel, Instant now) {
        Duration[] wait = {null};
        keys.compute(key, (k, old) -> {
            Failures f = old == null || old.forgotten(now) ? Failures.NONE : old;
            Optional<Duration> delayed = waiting(f, free, now);
            if (delayed.isPresent()) {
                wait[0] = delayed.get();
                return old;
            }
            // Once the delay bites, one check at a time; before, no more at once than the free failures left.
            if (f.count >= free ? f.running > 0 : limitParallel && f.running >= free - f.count) {
                wait[0] = FIRST_DELAY;
                return old;
            }
            return new Failures(f.count, f.last, f.running + 1);
        });
        if (keys.size() > MAX_KEYS) {
            keys.entrySet()
                    .removeIf(e -> e.getValue().running == 0 && e.getValue().forgotten(now));
        }
        return Optional.ofNullable(wait[0]);
    }

    private Failures end(String key, Instant now, boolean failed) {
        return keys.computeIfPresent(
                key,
                (k, f) -> new Failures(
                        failed ? f.count + 1 : f.count, failed ? now : f.last, Math.max(0, f.running - 1)));
    }

    /** The wait after the free failures: one second, doubling with every further failure, at most {@link #MAX_DELAY}. */
    static Duration delay(int failuresBeyondFree) {
        return failuresBeyondFree >= 20
                ? MAX_DELAY
                : Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), FIRST_DELAY.toMillis() << failuresBeyondFree));
    }

    private static String accountKey(String account, String client) {
        return "account\0" + account + "\0" + client;
    }

    private static String clientKey(String client) {
        return "client\0" + client;
    }

    private record Failures(int count, Instant last, int running) {
        static final Failures NONE = new Failures(0, Instant.EPOCH, 0);

        boolean forgotten(Instant now) {
            return running == 0 && last.plus(FORGET).isBefore(now);
        }
    }
}
