package org.banli.core.internal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.banli.api.user.LoginSession;
import org.banli.api.user.LoginSessions;
import org.banli.store.spi.LoginStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins kept by the store under a digest of their id. A login's last use is written at most once a
 * minute (or a tenth of the idle time, if shorter): a request costs one read, not a write.
 */
@Component(service = LoginSessions.class)
public class LoginSessionsImpl implements LoginSessions {

    private static final Duration SEEN_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final LoginStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public LoginSessionsImpl(@Reference LoginStore store) {
        this(store, Clock.systemUTC());
    }

    LoginSessionsImpl(LoginStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public LoginSession open(String username, Limits limits) {
        Instant now = clock.instant();
        store.deleteExpired(now.minus(limits.idle()), now.minus(limits.maximum()));
        // An account holds a bounded number of logins, so that logging in again and again fills nothing up.
        List<LoginSession> held = store.of(username);
        for (int i = 0; i <= held.size() - limits.perAccount(); i++) {
            store.delete(held.get(i).id());
        }
        String id = token();
        LoginSession login = new LoginSession(id, username, token(), now, now);
        store.save(new LoginSession(digest(id), username, login.csrfToken(), now, now));
        return login;
    }

    @Override
    public Optional<LoginSession> find(String id, Limits limits) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String digest = digest(id);
        Optional<LoginSession> stored = store.find(digest);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        LoginSession login = stored.get();
        Instant now = clock.instant();
        if (!now.isBefore(login.lastSeen().plus(limits.idle()))
                || !now.isBefore(login.started().plus(limits.maximum()))) {
            store.delete(digest);
            return Optional.empty();
        }
        Duration every = limits.idle().dividedBy(10).compareTo(SEEN_AT_MOST_EVERY) < 0
                ? limits.idle().dividedBy(10)
                : SEEN_AT_MOST_EVERY;
        if (!now.isBefore(login.lastSeen().plus(every))) {
            store.seen(digest, now);
        }
        return Optional.of(new LoginSession(id, login.username(), login.csrfToken(), login.started(), now));
    }

    @Override
    public void close(String id) {
        if (id != null && !id.isEmpty()) {
            store.delete(digest(id));
        }
    }

    @Override
    public void closeAll(String username, String keep) {
        store.deleteAll(username, keep == null ? null : digest(keep));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String id) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
