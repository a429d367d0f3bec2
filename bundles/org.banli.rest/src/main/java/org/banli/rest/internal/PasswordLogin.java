package org.banli.rest.internal;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.ServiceUnavailableException;

import org.banli.api.Actor;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Checks usernames and passwords against Banli's accounts, the same ones Karaf's console realm
 * checks, and tells the account service where each attempt comes from so that its throttle
 * slows only the client that fails. A success is remembered for a minute (as a salted digest,
 * never the password) because the password hash is deliberately slow and Basic authentication
 * sends credentials with every request.
 */
@Component(service = PasswordLogin.class)
public class PasswordLogin {

    static final Duration REMEMBER = Duration.ofMinutes(1);

    private final Clock clock;
    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts each account's password changes; a login remembers only what no change overtook. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    /** Optional, so that the API (and its health check) stays up and says so while the core is down. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UserService users;

    @Activate
    public PasswordLogin() {
        this(null, Clock.systemUTC());
    }

    PasswordLogin(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /**
     * The actor for these credentials, or empty when they are wrong.
     *
     * @param client the remote address the attempt comes from
     * @throws org.banli.api.user.LoginDelayedException when that client must wait after too many failures
     */
    Optional<Actor> login(String username, char[] password, String client) {
        UserService accounts = accounts();
        byte[] digest = digest(username, password);
        Instant now = clock.instant();
        Remembered known = remembered.get(username);
        if (known != null && known.expires.isAfter(now) && MessageDigest.isEqual(known.digest, digest)) {
            return Optional.of(known.actor);
        }
        long generation = generations.getOrDefault(username, 0L);
        Optional<Actor> actor;
        try {
            actor = accounts.authenticate(username, password, client).map(UserService::actorOf);
        } finally {
            Arrays.fill(password, '\0');
        }
        // Remember only if no password change came while the account service was checking (see forget).
        remembered.compute(username, (name, old) -> actor.isPresent()
                && generations.getOrDefault(name, 0L) == generation ? new Remembered(digest, actor.get(),
                        now.plus(REMEMBER)) : old);
        return actor;
    }

    /** The account as it is now, for a login made earlier (a web session); empty once it is gone. */
    Optional<User> account(String username) {
        return accounts().find(username);
    }

    /** Whether logins can be checked at all: false while Banli's core is not running. */
    boolean available() {
        return users != null;
    }

    /** Forgets a remembered login, e.g. after a password change, so the old password stops working at once. */
    void forget(String username) {
        // Under the entry's lock, so that a login racing with the change cannot remember the old password.
        remembered.compute(username, (name, old) -> {
            generations.merge(name, 1L, Long::sum);
            return null;
        });
    }

    private UserService accounts() {
        UserService accounts = users;
        if (accounts == null) {
            throw new ServiceUnavailableException("账号服务未运行 (the account service is not running)", 5L);
        }
        return accounts;
    }

    private byte[] digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Remembered(byte[] digest, Actor actor, Instant expires) {
    }
}
