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

import javax.security.auth.Subject;
import javax.ws.rs.ServiceUnavailableException;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.banli.api.Actor;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs in through Karaf's "karaf" JAAS realm, which Banli's realm backs. A success is
 * remembered for a minute (as a salted digest, never the password) because the realm's
 * password hash is deliberately slow and Basic authentication sends credentials with every
 * request.
 */
@Component(service = JaasLogin.class)
public class JaasLogin {

    static final String REALM = "karaf";
    static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(JaasLogin.class);

    private final Clock clock = Clock.systemUTC();
    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts each account's password changes; a login remembers only what no change overtook. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    /** Optional, so that the API (and its health check) stays up and says so while the core is down. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UserService users;

    @Activate
    public JaasLogin() {
        new SecureRandom().nextBytes(salt);
    }

    /** The actor for these credentials, or empty when the realm refuses them. */
    Optional<Actor> login(String username, char[] password) {
        UserService accounts = users;
        if (accounts == null) {
            throw new ServiceUnavailableException("账号服务未运行 (the account service is not running)", 5L);
        }
        byte[] digest = digest(username, password);
        Instant now = clock.instant();
        Remembered known = remembered.get(username);
        if (known != null && known.expires.isAfter(now) && MessageDigest.isEqual(known.digest, digest)) {
            return Optional.of(known.actor);
        }
        long generation = generations.getOrDefault(username, 0L);
        Optional<String> confirmed = jaas(username, password);
        Arrays.fill(password, '\0');
        Optional<Actor> actor = confirmed.flatMap(accounts::find).map(UserService::actorOf);
        // Remember only if no password change came while the realm was checking (see forget).
        remembered.compute(username, (name, old) -> actor.isPresent()
                && generations.getOrDefault(name, 0L) == generation ? new Remembered(digest, actor.get(),
                        now.plus(REMEMBER)) : null);
        return actor;
    }

    /** The account as it is now, for a login made earlier (a web session); empty once it is gone. */
    Optional<User> account(String username) {
        UserService accounts = users;
        if (accounts == null) {
            throw new ServiceUnavailableException("账号服务未运行 (the account service is not running)", 5L);
        }
        return accounts.find(username);
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

    private static Optional<String> jaas(String username, char[] password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads the configured module class through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst();
        } catch (LoginException e) {
            LOG.debug("Login refused for {}: {}", username, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
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
