package org.banli.rest.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web desk's logins: a random session id in an HttpOnly, SameSite=Strict cookie, which
 * no script can read, and a second random token the page sends in {@value #CSRF_HEADER} with
 * every state-changing request, which a page from elsewhere cannot know. Sessions end after
 * {@code idleMinutes} without a request, after {@code maximumHours} in any case, at logout,
 * and when the password changes. They live in this node's memory: a restart logs everyone out.
 */
@Component(service = WebSessions.class, configurationPid = WebSessions.PID)
@Designate(ocd = WebSessions.Settings.class)
public class WebSessions {

    static final String PID = "org.banli.rest.sessions";
    static final String COOKIE = "banli_session";
    static final String CSRF_HEADER = "X-Banli-CSRF";
    private static final Logger LOG = LoggerFactory.getLogger(WebSessions.class);

    @ObjectClassDefinition(name = "Banli web sessions", description = "网页登录会话 (web desk logins)")
    public @interface Settings {
        @AttributeDefinition(description = "无操作多少分钟后须重新登录 (minutes without a request before logging in again)")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "一次登录最长有效小时数 (hours a login lasts at most)")
        int maximumHours() default 12;

        @AttributeDefinition(
                description = "每个账号同时有效的登录数上限，超出时最久未用的退出 (logins one account may"
                        + " hold at once; a new one ends the least recently used)")
        int maximumPerAccount() default 10;
    }

    /** One login; {@code lastSeen} moves with every request. */
    record Session(String id, String username, String csrfToken, Instant started, Instant lastSeen) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private volatile Duration idle;
    private volatile Duration maximum;
    private volatile int perAccount = 10;

    @Activate
    public WebSessions(Settings settings) {
        this(Clock.systemUTC(), Duration.ofMinutes(settings.idleMinutes()), Duration.ofHours(settings.maximumHours()));
        perAccount = Math.max(1, settings.maximumPerAccount());
    }

    WebSessions(Clock clock, Duration idle, Duration maximum) {
        this.clock = clock;
        limits(idle, maximum);
    }

    @Modified
    void modified(Settings settings) {
        limits(Duration.ofMinutes(settings.idleMinutes()), Duration.ofHours(settings.maximumHours()));
        perAccount = Math.max(1, settings.maximumPerAccount());
    }

    private void limits(Duration idleLimit, Duration maximumLimit) {
        if (idleLimit.isNegative() || idleLimit.isZero() || maximumLimit.compareTo(idleLimit) < 0) {
            LOG.error(
                    "会话设置无效，沿用 30 分钟/12 小时 (invalid session settings idle {} maximum {}; using 30 minutes and"
                            + " 12 hours)",
                    idleLimit,
                    maximumLimit);
            idleLimit = Duration.ofMinutes(30);
            maximumLimit = Duration.ofHours(12);
        }
        idle = idleLimit;
        maximum = maximumLimit;
    }

    Duration idle() {
        return idle;
    }

    /** Starts a login for this account; expired sessions are cleared out on the way. */
    Session open(String username) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        // An account holds a bounded number of logins, so that logging in again and again fills no memory.
        List<Session> held = sessions.values().stream()
                .filter(s -> s.username().equals(username))
                .sorted(Comparator.comparing(Session::lastSeen))
                .toList();
        for (int i = 0; i <= held.size() - perAccount; i++) {
            sessions.remove(held.get(i).id());
        }
        Session session = new Session(token(), username, token(), now, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, its idle time restarted; empty when unknown or expired. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session touched = sessions.computeIfPresent(
                id,
                (key, s) ->
                        expired(s, now) ? null : new Session(s.id(), s.username(), s.csrfToken(), s.started(), now));
        return Optional.ofNullable(touched);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every login of the account but {@code keep} (may be null), e.g. after a password change. */
    void closeAll(String username, String keep) {
        sessions.values().removeIf(s -> s.username().equals(username) && !s.id().equals(keep));
    }

    /** The Set-Cookie value that carries the session, or that clears it when {@code id} is null. */
    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + Objects.requireNonNullElse(id, "") + "; Path=/; HttpOnly; SameSite=Strict"
                + (id == null ? "; Max-Age=0" : "") + (secure ? "; Secure" : "");
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(idle))
                || !now.isBefore(session.started().plus(maximum));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
